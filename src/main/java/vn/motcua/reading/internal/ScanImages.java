package vn.motcua.reading.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The pages of a scan as images: a JPEG, PNG or TIFF is one page, a PDF is rendered page by page. The size
 * of every page is checked before it is decoded, so a small file that claims a huge image (a decompression
 * bomb) is refused instead of filling the memory.
 */
public final class ScanImages {

    /** More than an A4 page at 600 dpi (35 megapixels): a larger page is refused. */
    public static final long MAX_PIXELS = 40_000_000L;
    /** The resolution PDF pages are rendered at for OCR: Tesseract's sweet spot. */
    static final float PDF_DPI = 250;

    private ScanImages() {
    }

    /** Not a readable scan: not an image or PDF, damaged, or too large once decoded. */
    public static final class UnreadableScanException extends Exception {

        private final String messageKey;

        UnreadableScanException(String messageKey, String detail) {
            super(detail);
            this.messageKey = messageKey;
        }

        /** {@code reading.scan.type}, {@code reading.scan.damaged} or {@code reading.scan.tooLarge}. */
        public String messageKey() {
            return messageKey;
        }
    }

    /** At most {@code maxPages} pages of the scan, in order. */
    public static List<BufferedImage> pages(byte[] content, int maxPages) throws UnreadableScanException {
        if (isPdf(content)) {
            return pdfPages(content, maxPages);
        }
        return List.of(image(content));
    }

    static boolean isPdf(byte[] content) {
        return content.length >= 5 && content[0] == '%' && content[1] == 'P' && content[2] == 'D' && content[3] == 'F';
    }

    private static BufferedImage image(byte[] content) throws UnreadableScanException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new UnreadableScanException("reading.scan.type", "not an image ImageIO reads");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                checkSize((long) reader.getWidth(0) * reader.getHeight(0));
                BufferedImage image = reader.read(0);
                if (image == null) {
                    throw new UnreadableScanException("reading.scan.damaged", "no image");
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new UnreadableScanException("reading.scan.damaged", String.valueOf(e.getMessage()));
        }
    }

    private static List<BufferedImage> pdfPages(byte[] content, int maxPages) throws UnreadableScanException {
        try (PDDocument pdf = Loader.loadPDF(content)) {
            PDFRenderer renderer = new PDFRenderer(pdf);
            List<BufferedImage> pages = new ArrayList<>();
            for (int i = 0; i < Math.min(maxPages, pdf.getNumberOfPages()); i++) {
                PDRectangle box = pdf.getPage(i).getCropBox();
                checkSize((long) (box.getWidth() / 72 * PDF_DPI) * (long) (box.getHeight() / 72 * PDF_DPI));
                pages.add(renderer.renderImageWithDPI(i, PDF_DPI, ImageType.GRAY));
            }
            return pages;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableScanException("reading.scan.damaged", String.valueOf(e.getMessage()));
        }
    }

    private static void checkSize(long pixels) throws UnreadableScanException {
        if (pixels > MAX_PIXELS || pixels <= 0) {
            throw new UnreadableScanException("reading.scan.tooLarge", pixels + " pixels");
        }
    }
}
