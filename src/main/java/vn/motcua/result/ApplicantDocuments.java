package vn.motcua.result;

import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import vn.motcua.result.internal.DocumentFormats;
import vn.motcua.result.internal.DocumentKind;
import vn.motcua.platform.PdfRenderer;
import vn.motcua.result.internal.QrCode;

/**
 * The papers an applicant receives about a dossier (tài liệu gửi người nộp hồ sơ), as A4 PDFs:
 * national heading, the dossier code in text and as a QR code of its tracking page, the officer's
 * signature block.
 */
@Service
public class ApplicantDocuments {

    private final PdfRenderer renderer;
    private final MessageSource messages;

    ApplicantDocuments(PdfRenderer renderer, MessageSource messages) {
        this.renderer = renderer;
        this.messages = messages;
    }

    /** The PDF of {@code document}, labelled in {@code locale} (Vietnamese unless English is asked for). */
    public byte[] render(ApplicantDocument document, Locale locale) {
        DocumentHeader header = document.header();
        Map<String, Object> variables = Map.of(
                "doc", document,
                "header", header,
                "qr", QrCode.dataUri(header.trackingUrl()),
                "fmt", DocumentFormats.of(messages, locale));
        return renderer.render(DocumentKind.of(document).template(), variables, locale);
    }

    /** The file name to download it under, e.g. {@code 000.00.12.H18-251104-0007-giay-tiep-nhan.pdf}. */
    public String fileName(ApplicantDocument document) {
        return DocumentKind.of(document).fileName(document.header().dossierCode());
    }
}
