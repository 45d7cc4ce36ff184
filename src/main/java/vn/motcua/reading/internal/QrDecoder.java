package vn.motcua.reading.internal;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds and decodes the QR code of a scan with ZXing. A photo is tried as it is and, when large, scaled
 * down (ZXing finds a QR in a phone photo more easily at about 1,600 pixels); each with the local
 * binarizer first (uneven light), then the global one (flat scans).
 */
public final class QrDecoder {

    private static final int SCALED = 1600;
    private static final Map<DecodeHintType, Object> HINTS = Map.of(
            DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE),
            DecodeHintType.TRY_HARDER, Boolean.TRUE,
            DecodeHintType.CHARACTER_SET, "UTF-8");

    private QrDecoder() {
    }

    /** The QR code's text, or empty when the image shows none that decodes. */
    public static Optional<String> decode(BufferedImage image) {
        Optional<String> text = decodeAsIs(image);
        if (text.isEmpty() && Math.max(image.getWidth(), image.getHeight()) > SCALED) {
            text = decodeAsIs(scaled(image));
        }
        return text;
    }

    private static Optional<String> decodeAsIs(BufferedImage image) {
        LuminanceSource source = luminance(image);
        for (BinaryBitmap bitmap : List.of(new BinaryBitmap(new HybridBinarizer(source)),
                new BinaryBitmap(new GlobalHistogramBinarizer(source)))) {
            try {
                return Optional.of(new MultiFormatReader().decode(bitmap, HINTS).getText());
            } catch (NotFoundException notThere) {
                // next binarizer
            }
        }
        return Optional.empty();
    }

    private static LuminanceSource luminance(BufferedImage image) {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        return new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
    }

    private static BufferedImage scaled(BufferedImage image) {
        double factor = (double) SCALED / Math.max(image.getWidth(), image.getHeight());
        int w = Math.max(1, (int) (image.getWidth() * factor));
        int h = Math.max(1, (int) (image.getHeight() * factor));
        BufferedImage small = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = small.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, w, h, null);
        g.dispose();
        return small;
    }
}
