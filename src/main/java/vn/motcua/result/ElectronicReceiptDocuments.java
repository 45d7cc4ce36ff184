package vn.motcua.result;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import vn.motcua.organization.ProvinceCalendar;
import vn.motcua.organization.UnitDirectory;
import vn.motcua.payment.ElectronicReceipt;
import vn.motcua.result.internal.AmountInWords;
import vn.motcua.result.internal.DocumentFormats;
import vn.motcua.platform.PdfRenderer;
import vn.motcua.result.internal.QrCode;

/**
 * The PDF of an electronic receipt (biên lai điện tử), laid out like the other papers: the collecting unit
 * beside the national heading, the dossier code with the QR code of its follow page, then the receipt's
 * number, payer, fees, total in figures and in Vietnamese words, account, channel and reference. It is
 * issued by the payment, not signed by an officer, so it has no signature block.
 */
@Service
public class ElectronicReceiptDocuments {

    private final PdfRenderer renderer;
    private final MessageSource messages;
    private final UnitDirectory units;
    private final ZoneId zone;
    private final String publicUrl;

    ElectronicReceiptDocuments(PdfRenderer renderer, MessageSource messages, UnitDirectory units,
            ProvinceCalendar calendar, @Value("${motcua.public-url:http://localhost:8080}") String publicUrl) {
        this.renderer = renderer;
        this.messages = messages;
        this.units = units;
        this.zone = calendar.calendar().workingHours().zone();
        this.publicUrl = publicUrl;
    }

    /** The receipt as a PDF, labelled in {@code locale} (Vietnamese unless English is asked for). */
    public byte[] render(ElectronicReceipt receipt, Locale locale) {
        LocalDateTime paidAt = LocalDateTime.ofInstant(receipt.paidAt(), zone);
        String trackingUrl = publicUrl + "/follow?code=" + receipt.dossierCode();
        String unitName = units.find(receipt.unitCode()).map(u -> u.name()).orElse(receipt.unitCode());
        DocumentHeader header = new DocumentHeader(unitName, receipt.dossierCode(), trackingUrl, paidAt, null,
                new DocumentHeader.Applicant(receipt.payerName(), null, null, null), null);
        return renderer.render("electronic-receipt", Map.of(
                "header", header,
                "receipt", receipt,
                "paidAt", paidAt,
                "words", AmountInWords.of(receipt.amountVnd()),
                "qr", QrCode.dataUri(trackingUrl),
                "fmt", DocumentFormats.of(messages, locale)), locale);
    }
}
