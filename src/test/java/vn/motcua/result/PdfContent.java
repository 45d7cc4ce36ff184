package vn.motcua.result;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * What a reader gets out of a PDF: its text (whitespace collapsed, so line breaks do not matter),
 * the fonts its pages use, and the first page as a 150 dpi greyscale picture.
 */
record PdfContent(int pages, String text, Set<String> fonts, BufferedImage firstPage) {

    private static final float DPI = 150;

    static PdfContent read(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            BufferedImage firstPage = new PDFRenderer(document).renderImageWithDPI(0, DPI, ImageType.GRAY);
            return new PdfContent(document.getNumberOfPages(), text, fonts(document), firstPage);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The base font names, without the subset prefix ({@code ABCDEF+}). */
    private static Set<String> fonts(PDDocument document) throws IOException {
        Set<String> names = new TreeSet<>();
        for (PDPage page : document.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                names.add(resources.getFont(name).getName().replaceFirst("^[A-Z]{6}\\+", ""));
            }
        }
        return names;
    }

    String qrCode() {
        return QrCodes.decode(firstPage);
    }
}
