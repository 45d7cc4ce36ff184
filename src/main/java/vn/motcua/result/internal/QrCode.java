package vn.motcua.result.internal;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * A QR code as a PNG data URI ({@code data:image/png;base64,…}) for an {@code <img>} in a template.
 * Drawn module by module from ZXing's bit matrix: whole pixels per module keep the edges sharp when
 * the PDF is printed or photographed.
 */
public final class QrCode {

    private static final int PIXELS_PER_MODULE = 8;
    /** The quiet zone the QR standard asks for, in modules; scanners fail without it. */
    private static final int QUIET_ZONE = 4;
    private static final int BLACK = 0x000000;
    private static final int WHITE = 0xFFFFFF;

    private QrCode() {
    }

    /** The QR code of {@code text} (UTF-8, error correction M: survives a crease or a stamp). */
    public static String dataUri(String text) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(matrix(text)));
    }

    /** The QR code of {@code text} as an image, for drawing onto an existing PDF page. */
    public static BufferedImage image(String text) {
        return image(matrix(text));
    }

    private static BitMatrix matrix(String text) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.CHARACTER_SET, "UTF-8",
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.MARGIN, QUIET_ZONE));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Too long for a QR code: " + text.length() + " characters", e);
        }
    }

    private static byte[] png(BitMatrix matrix) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image(matrix), "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static BufferedImage image(BitMatrix matrix) {
        BufferedImage image = new BufferedImage(matrix.getWidth() * PIXELS_PER_MODULE,
                matrix.getHeight() * PIXELS_PER_MODULE, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                boolean dark = matrix.get(x / PIXELS_PER_MODULE, y / PIXELS_PER_MODULE);
                image.setRGB(x, y, dark ? BLACK : WHITE);
            }
        }
        return image;
    }
}
