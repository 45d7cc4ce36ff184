package vn.motcua.reading;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Images of ID cards made for tests and the OCR benchmark: the 2021 chip card's front (bilingual labels,
 * the name on its own line, the address wrapping), with its QR code drawn by ZXing or without, in a font,
 * with noise and a skew. The values are known, so what a reader answers can be compared with them.
 */
public final class TestCards {

    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter QR_DATE = DateTimeFormatter.ofPattern("ddMMyyyy");
    static final int WIDTH = 1700;
    static final int HEIGHT = 1070;

    private TestCards() {
    }

    /**
     * How the card looks.
     *
     * @param font a family installed here (DejaVu Sans, DejaVu Serif…)
     * @param withQr whether the QR code is printed
     * @param noise share of pixels flipped to random grey, 0–1
     * @param skewDegrees rotation of the whole card
     */
    public record Look(String font, boolean withQr, double noise, double skewDegrees) {
    }

    /** The 2021 card's QR text for the card: 7 fields. */
    public static String qrText(CardData card) {
        return String.join("|", card.idNumber(), card.oldIdNumber() == null ? "" : card.oldIdNumber(),
                card.fullName(), card.birthDate().format(QR_DATE), card.sex(), card.address(),
                card.issuedOn().format(QR_DATE));
    }

    public static BufferedImage image(CardData card, Look look, long seed) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(246, 244, 236));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(new Color(20, 20, 30));
        if (look.withQr()) {
            drawQr(g, qrText(card), WIDTH - 430, 40, 380);
        }
        int x = 80;
        text(g, look.font(), Font.BOLD, 34, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", x, 90);
        text(g, look.font(), Font.BOLD, 32, "CĂN CƯỚC CÔNG DÂN", x, 160);
        text(g, look.font(), Font.PLAIN, 36, "Số / No.: " + card.idNumber(), x, 250);
        text(g, look.font(), Font.PLAIN, 34, "Họ và tên / Full name:", x, 330);
        text(g, look.font(), Font.BOLD, 40, card.fullName().toUpperCase(java.util.Locale.ROOT), x, 390);
        text(g, look.font(), Font.PLAIN, 34, "Ngày sinh / Date of birth: " + card.birthDate().format(DMY), x, 470);
        text(g, look.font(), Font.PLAIN, 34, "Giới tính / Sex: " + card.sex() + "     Quốc tịch / Nationality: Việt Nam",
                x, 540);
        text(g, look.font(), Font.PLAIN, 34, "Quê quán / Place of origin: Tỉnh Điện Biên", x, 620);
        List<String> address = wrap(card.address(), 38);
        text(g, look.font(), Font.PLAIN, 34, "Nơi thường trú / Place of residence: " + address.getFirst(), x, 700);
        if (address.size() > 1) {
            text(g, look.font(), Font.PLAIN, 34, address.get(1), x, 770);
        }
        text(g, look.font(), Font.PLAIN, 28, "Có giá trị đến / Date of expiry: 01/02/2040", x, 960);
        g.dispose();
        return noisy(skewed(image, look.skewDegrees()), look.noise(), new Random(seed));
    }

    public static byte[] png(BufferedImage image) {
        return encode(image, "png");
    }

    public static byte[] jpeg(BufferedImage image) {
        return encode(image, "jpg");
    }

    private static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A page of text (a scanned letter) in DejaVu Sans, one line per entry. */
    public static BufferedImage page(List<String> lines) {
        BufferedImage image = new BufferedImage(1700, 300 + 70 * lines.size(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        for (int i = 0; i < lines.size(); i++) {
            text(g, "DejaVu Sans", Font.PLAIN, 38, lines.get(i), 120, 180 + 70 * i);
        }
        g.dispose();
        return image;
    }

    private static void text(Graphics2D g, String family, int style, int size, String text, int x, int y) {
        g.setFont(new Font(family, style, size));
        g.drawString(text, x, y);
    }

    private static void drawQr(Graphics2D g, String text, int x, int y, int size) {
        try {
            BitMatrix m = new QRCodeWriter().encode(text, com.google.zxing.BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.CHARACTER_SET, "UTF-8", EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                            EncodeHintType.MARGIN, 2));
            int cell = size / m.getWidth();
            g.setColor(Color.WHITE);
            g.fillRect(x, y, cell * m.getWidth(), cell * m.getHeight());
            g.setColor(Color.BLACK);
            for (int row = 0; row < m.getHeight(); row++) {
                for (int col = 0; col < m.getWidth(); col++) {
                    if (m.get(col, row)) {
                        g.fillRect(x + col * cell, y + row * cell, cell, cell);
                    }
                }
            }
            g.setColor(new Color(20, 20, 30));
        } catch (WriterException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static List<String> wrap(String text, int width) {
        if (text.length() <= width) {
            return List.of(text);
        }
        int cut = text.lastIndexOf(' ', width);
        cut = cut <= 0 ? width : cut;
        return List.of(text.substring(0, cut).strip(), text.substring(cut).strip());
    }

    private static BufferedImage skewed(BufferedImage image, double degrees) {
        if (degrees == 0) {
            return image;
        }
        BufferedImage turned = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = turned.createGraphics();
        g.setColor(new Color(200, 200, 200));
        g.fillRect(0, 0, turned.getWidth(), turned.getHeight());
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, AffineTransform.getRotateInstance(Math.toRadians(degrees), image.getWidth() / 2.0,
                image.getHeight() / 2.0), null);
        g.dispose();
        return turned;
    }

    private static BufferedImage noisy(BufferedImage image, double noise, Random random) {
        if (noise <= 0) {
            return image;
        }
        long flips = (long) (noise * image.getWidth() * image.getHeight());
        for (long i = 0; i < flips; i++) {
            int grey = random.nextInt(256);
            image.setRGB(random.nextInt(image.getWidth()), random.nextInt(image.getHeight()),
                    new Color(grey, grey, grey).getRGB());
        }
        return image;
    }
}
