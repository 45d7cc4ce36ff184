package vn.motcua.web.portal.account;

import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.motcua.dossier.ApplicantDossier;
import vn.motcua.dossier.ApplicantDossiers;
import vn.motcua.identity.ApplicantPrincipal;

/**
 * Hồ sơ của tôi and Giấy tờ của tôi: the logged-in account's linked dossiers,
 * and the PDFs and, once returned, the results those dossiers have. Each dossier opens on its follow page, where the actions are.
 */
@Controller
class MyDossiersController {

    private final ApplicantDossiers dossiers;

    MyDossiersController(ApplicantDossiers dossiers) {
        this.dossiers = dossiers;
    }

    @GetMapping("/account/dossiers")
    String dossiers(@AuthenticationPrincipal ApplicantPrincipal applicant, Model model) {
        model.addAttribute("dossiers", dossiers.of(applicant.account().id(), applicant.account().verifiedIdNumber()));
        return "portal/account/dossiers";
    }

    @GetMapping("/account/documents")
    String documents(@AuthenticationPrincipal ApplicantPrincipal applicant, Model model) {
        long account = applicant.account().id();
        String verified = applicant.account().verifiedIdNumber();
        List<ApplicantDossier> withDocuments = dossiers.of(account, verified).stream()
                .map(summary -> dossiers.view(summary.applicantIdNumber(), summary.code()))
                .filter(dossier -> !dossier.documents().isEmpty() || !dossier.results().isEmpty())
                .toList();
        model.addAttribute("dossiers", withDocuments);
        return "portal/account/documents";
    }
}
