package vn.motcua.result.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.motcua.platform.UserInputException;

/**
 * Places on a result's first page, before anyone signs it, what the signatures must cover: the QR code
 * of its verification page and, beside it, the result code and that page's address in text (Vietnamese
 * font embedded, as a subset). In the bottom-left margin, where official papers leave room.
 */
@Component
class ResultStamp {

    private static final float MARGIN = 14;
    private static final float QR_SIZE = 58;
    private static final float FONT_SIZE = 7;
    private static final float LINE = 9;

    /**
     * The PDF with the stamp; a PDF already signed (a result a leader signed with their own token) as it
     * came, since stamping rewrites the file and would break the signatures on it. Its verification page is
     * still found by the result code, which such a result prints itself.
     *
     * @throws UserInputException when the file is not a PDF that can be opened (damaged, encrypted)
     */
    byte[] stamp(byte[] pdf, String resultCode, String verifyUrl) {
        try (PDDocument document = open(pdf)) {
            if (!document.getSignatureDictionaries().isEmpty()) {
                return pdf;
            }
            PDPage page = document.getPage(0);
            PDRectangle box = page.getCropBox();
            PDImageXObject qr = LosslessFactory.createFromImage(document, QrCode.image(verifyUrl));
            PDType0Font font;
            try (InputStream in = new ClassPathResource("fonts/DejaVuSans.ttf").getInputStream()) {
                font = PDType0Font.load(document, in);
            }
            float x = box.getLowerLeftX() + MARGIN;
            float y = box.getLowerLeftY() + MARGIN;
            try (PDPageContentStream content = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                content.drawImage(qr, x, y, QR_SIZE, QR_SIZE);
                content.beginText();
                content.setFont(font, FONT_SIZE);
                content.newLineAtOffset(x + QR_SIZE + 4, y + QR_SIZE / 2);
                content.showText("Mã kết quả: " + resultCode);
                content.newLineAtOffset(0, -LINE);
                content.showText("Kiểm tra tại: " + verifyUrl);
                content.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot stamp the result " + resultCode, e);
        }
    }

    private static PDDocument open(byte[] pdf) {
        try {
            PDDocument document = Loader.loadPDF(pdf);
            if (document.isEncrypted() || document.getNumberOfPages() == 0) {
                document.close();
                throw new UserInputException("results", "result.file.notPdf");
            }
            return document;
        } catch (IOException e) {
            throw new UserInputException("results", "result.file.notPdf");
        }
    }
}
