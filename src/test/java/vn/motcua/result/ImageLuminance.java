package vn.motcua.result;

import com.google.zxing.LuminanceSource;
import java.awt.image.BufferedImage;

/**
 * ZXing's view of a rendered image: the grey level of each pixel. ZXing's own adapter lives in
 * zxing-javase, which the application does not need, so the tests carry this one.
 */
public final class ImageLuminance extends LuminanceSource {

    private final BufferedImage image;

    public ImageLuminance(BufferedImage image) {
        super(image.getWidth(), image.getHeight());
        this.image = image;
    }

    @Override
    public byte[] getRow(int y, byte[] row) {
        byte[] result = row == null || row.length < getWidth() ? new byte[getWidth()] : row;
        for (int x = 0; x < getWidth(); x++) {
            result[x] = grey(image.getRGB(x, y));
        }
        return result;
    }

    @Override
    public byte[] getMatrix() {
        byte[] matrix = new byte[getWidth() * getHeight()];
        for (int y = 0; y < getHeight(); y++) {
            System.arraycopy(getRow(y, null), 0, matrix, y * getWidth(), getWidth());
        }
        return matrix;
    }

    private static byte grey(int rgb) {
        int red = (rgb >> 16) & 0xFF;
        int green = (rgb >> 8) & 0xFF;
        int blue = rgb & 0xFF;
        return (byte) ((red * 299 + green * 587 + blue * 114) / 1000);
    }
}
