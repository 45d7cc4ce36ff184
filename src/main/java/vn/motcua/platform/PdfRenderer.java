package vn.motcua.platform;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * HTML to PDF: a Thymeleaf template under {@code templates/pdf/}, processed by the application's
 * template engine (so {@code #{...}} reads the message bundles in the given locale), laid out by
 * openhtmltopdf. The templates must be well-formed XHTML, which openhtmltopdf parses as XML.
 */
@Component
public class PdfRenderer {

    /** The family the templates' CSS names; the only one embedded, as the PDF base fonts lack Vietnamese. */
    static final String FONT_FAMILY = "DejaVu Sans";
    private static final int REGULAR = 400;
    private static final int BOLD = 700;

    private final ITemplateEngine templates;
    private final byte[] regularFont = font("fonts/DejaVuSans.ttf");
    private final byte[] boldFont = font("fonts/DejaVuSans-Bold.ttf");

    PdfRenderer(ITemplateEngine templates) {
        this.templates = templates;
    }

    /** The PDF of {@code templates/pdf/{template}.html} with these variables. */
    public byte[] render(String template, Map<String, Object> variables, Locale locale) {
        String html = templates.process("pdf/" + template, new Context(locale, variables));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                // Tagged for screen readers; it also leaves out the PDF base fonts, which would be
                // dead weight (no Vietnamese letters) and make PDFBox warn on every document.
                .usePdfUaAccessibility(true)
                .withHtmlContent(html, null)
                .useFont(() -> stream(regularFont), FONT_FAMILY, REGULAR, FontStyle.NORMAL, true)
                .useFont(() -> stream(boldFont), FONT_FAMILY, BOLD, FontStyle.NORMAL, true)
                .withProducer("Motcua")
                .toStream(pdf);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render the PDF template " + template, e);
        }
        return pdf.toByteArray();
    }

    private static InputStream stream(byte[] font) {
        return new ByteArrayInputStream(font);
    }

    /** Read once: openhtmltopdf asks for the font again for every document. */
    private static byte[] font(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The font " + path + " is missing from the classpath", e);
        }
    }
}
