package vn.motcua.reading.internal;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.PlanarYUVLuminanceSource;
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

    /**
     * The QR code's text, or empty when the image shows none that decodes. Tried as it is, then (a large
     * photo) scaled down, then with speckles removed (a 3×3 median: a noisy scan or a grainy photo).
     */
    public static Optional<String> decode(BufferedImage image) {
        Optional<String> text = decode(luminance(image), image.getWidth(), image.getHeight());
        if (text.isEmpty() && Math.max(image.getWidth(), image.getHeight()) > SCALED) {
            BufferedImage small = scaled(image);
            text = decode(luminance(small), small.getWidth(), small.getHeight());
        }
        if (text.isEmpty()) {
            text = decode(median(luminance(image), image.getWidth(), image.getHeight()), image.getWidth(),
                    image.getHeight());
        }
        return text;
    }

    private static Optional<String> decode(byte[] grey, int width, int height) {
        LuminanceSource source = new PlanarYUVLuminanceSource(grey, width, height, 0, 0, width, height, false);
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

    /** Grey levels, one byte a pixel, as ZXing's RGB source computes them. */
    private static byte[] luminance(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] pixels = image.getRGB(0, 0, w, h, null, 0, w);
        byte[] grey = new byte[w * h];
        for (int i = 0; i < pixels.length; i++) {
            int p = pixels[i];
            grey[i] = (byte) ((((p >> 16) & 0xff) + 2 * ((p >> 8) & 0xff) + (p & 0xff)) / 4);
        }
        return grey;
    }

    /** Each pixel the median of its 3×3 neighbourhood: isolated specks vanish, module edges stay. */
    static byte[] median(byte[] grey, int w, int h) {
        byte[] out = grey.clone();
        int[] window = new int[9];
        for (int y = 1; y < h - 1; y++) {
            for (int x = 1; x < w - 1; x++) {
                int k = 0;
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        window[k++] = grey[(y + dy) * w + x + dx] & 0xff;
                    }
                }
                java.util.Arrays.sort(window);
                out[y * w + x] = (byte) window[4];
            }
        }
        return out;
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
