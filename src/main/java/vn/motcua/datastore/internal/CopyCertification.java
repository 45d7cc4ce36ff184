package vn.motcua.datastore.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.core.io.ClassPathResource;
import vn.motcua.platform.UserInputException;

/**
 * The certification block (lời chứng) placed on the last page of the scanned copy before the commune
 * seals it, so that the seal covers it: "Chứng thực bản sao đúng với bản chính", the number in the
 * register, the date and the officer (Vietnamese font embedded). Bottom right, where the paper copy's
 * stamp goes.
 */
public final class CopyCertification {

    private static final float MARGIN = 14;
    private static final float FONT_SIZE = 8;
    private static final float LINE = 10;
    private static final float WIDTH = 230;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private CopyCertification() {
    }

    /** The original's pages, which the fee counts. */
    public static int pages(byte[] pdf) {
        try (PDDocument document = open(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The copy with its certification block. */
    public static byte[] stamp(byte[] pdf, String number, LocalDate day, String officer, String commune) {
        try (PDDocument document = open(pdf)) {
            PDPage page = document.getPage(document.getNumberOfPages() - 1);
            PDRectangle box = page.getCropBox();
            PDType0Font font;
            try (InputStream in = new ClassPathResource("fonts/DejaVuSans-Bold.ttf").getInputStream()) {
                font = PDType0Font.load(document, in);
            }
            float x = box.getUpperRightX() - WIDTH - MARGIN;
            float y = box.getLowerLeftY() + MARGIN + 4 * LINE;
            try (PDPageContentStream content = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                content.beginText();
                content.setFont(font, FONT_SIZE);
                content.newLineAtOffset(x, y);
                for (String line : new String[] {"Chứng thực bản sao đúng với bản chính", "Số chứng thực: " + number,
                        "Ngày " + DAY.format(day) + " – " + commune, "Người chứng thực: " + officer}) {
                    content.showText(line);
                    content.newLineAtOffset(0, -LINE);
                }
                content.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot stamp the copy " + number, e);
        }
    }

    private static PDDocument open(byte[] pdf) {
        try {
            PDDocument document = Loader.loadPDF(pdf);
            if (document.isEncrypted() || document.getNumberOfPages() == 0) {
                document.close();
                throw new UserInputException("file", "datastore.copy.notPdf");
            }
            return document;
        } catch (IOException e) {
            throw new UserInputException("file", "datastore.copy.notPdf");
        }
    }
}
