package vn.motcua.web.portal.account;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.motcua.dossier.ApplicantDossier;
import vn.motcua.dossier.ApplicantDossiers;
import vn.motcua.identity.ApplicantPrincipal;
import vn.motcua.result.ResultDocument;
import vn.motcua.result.ResultDocuments;

/**
 * Hồ sơ của tôi and Giấy tờ của tôi: the logged-in account's linked dossiers,
 * and the PDFs and, once returned, the results those dossiers have. Each dossier opens on its follow page, where the actions are.
 */
@Controller
class MyDossiersController {

    private final ApplicantDossiers dossiers;
    private final ResultDocuments results;

    MyDossiersController(ApplicantDossiers dossiers, ResultDocuments results) {
        this.dossiers = dossiers;
        this.results = results;
    }

    @GetMapping("/account/dossiers")
    String dossiers(@AuthenticationPrincipal ApplicantPrincipal applicant, Model model) {
        model.addAttribute("dossiers", dossiers.of(applicant.account().id(), applicant.account().verifiedIdNumber()));
        model.addAttribute("verifiedIdNumber", applicant.account().verifiedIdNumber());
        return "portal/account/dossiers";
    }

    @GetMapping("/account/documents")
    String documents(@AuthenticationPrincipal ApplicantPrincipal applicant, Model model) {
        long account = applicant.account().id();
        String verified = applicant.account().verifiedIdNumber();
        List<ApplicantDossier> withDocuments = new ArrayList<>();
        Map<String, List<ResultDocument>> returned = new HashMap<>();
        for (var summary : dossiers.of(account, verified)) {
            ApplicantDossier dossier = dossiers.view(summary.applicantIdNumber(), summary.code());
            List<ResultDocument> received = results.returned(dossier);
            if (!dossier.documents().isEmpty() || !received.isEmpty()) {
                withDocuments.add(dossier);
                returned.put(dossier.code(), received);
            }
        }
        model.addAttribute("dossiers", withDocuments);
        model.addAttribute("results", returned);
        return "portal/account/documents";
    }
}
