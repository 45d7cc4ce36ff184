package vn.motcua.web.portal.follow;

import jakarta.servlet.http.HttpSession;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.motcua.dossier.ApplicantDossier;
import vn.motcua.dossier.ApplicantDossiers;
import vn.motcua.payment.ElectronicReceipt;
import vn.motcua.payment.ElectronicReceipts;
import vn.motcua.platform.NotFoundException;
import vn.motcua.result.ElectronicReceiptDocuments;
import vn.motcua.web.Downloads;

/**
 * The electronic receipts (biên lai điện tử) of a followed (or own) dossier, for its applicant to download;
 * 404 for a dossier not followed in this session or a receipt of another dossier.
 */
@Controller
class ReceiptDownloadController {

    private final ApplicantDossiers dossiers;
    private final ElectronicReceipts receipts;
    private final ElectronicReceiptDocuments documents;
    private final Downloads downloads;

    ReceiptDownloadController(ApplicantDossiers dossiers, ElectronicReceipts receipts,
            ElectronicReceiptDocuments documents, Downloads downloads) {
        this.dossiers = dossiers;
        this.receipts = receipts;
        this.documents = documents;
        this.downloads = downloads;
    }

    @GetMapping("/follow/{code}/receipts/{number}.pdf")
    ResponseEntity<byte[]> receipt(@PathVariable String code, @PathVariable String number, HttpSession session,
            Locale locale) {
        ApplicantDossier dossier = dossiers.view(FollowedDossiers.idNumberFor(session, code, dossiers), code);
        ElectronicReceipt receipt = receipts.find(dossier.code(), number)
                .orElseThrow(() -> new NotFoundException("receipt.notFound", number));
        return downloads.pdf(receipt.fileName(), documents.render(receipt, locale));
    }
}
