package vn.motcua.web.portal.submit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.Procedure;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.DossierDraft;
import vn.motcua.identity.ApplicantAccount;
import vn.motcua.identity.ApplicantPrincipal;
import vn.motcua.dossier.DossierDrafts;
import vn.motcua.organization.UnitDirectory;
import vn.motcua.platform.NotFoundException;
import vn.motcua.web.portal.ExpectedReturn;

/**
 * The wizard's ends: the start page (what is needed, continue a draft or start one) and the
 * confirmation with the new dossier's code.
 */
@Controller
@RequestMapping("/submit/{code}")
class SubmissionStartController {

    private final Catalog catalog;
    private final DossierDrafts drafts;
    private final DraftCookie cookie;
    private final ExpectedReturn expected;
    private final UnitDirectory units;

    SubmissionStartController(Catalog catalog, DossierDrafts drafts, DraftCookie cookie, ExpectedReturn expected,
            UnitDirectory units) {
        this.catalog = catalog;
        this.drafts = drafts;
        this.cookie = cookie;
        this.expected = expected;
        this.units = units;
    }

    @GetMapping
    String start(@PathVariable String code, HttpServletRequest request, Model model) {
        Procedure procedure = catalog.inForce(code);
        if (!procedure.offersOnline()) {
            throw new NotFoundException("draft.procedure.notOnline", code);
        }
        Optional<DossierDraft> inProgress = cookie.read(request, code).filter(d -> !d.submitted());
        model.addAttribute("procedure", procedure.content());
        model.addAttribute("expected", expected.ifReceivedNow(procedure.content().timeLimit()));
        model.addAttribute("draft", inProgress.orElse(null));
        model.addAttribute("savedAt", inProgress.map(d -> expected.local(d.updatedAt())).orElse(null));
        model.addAttribute("resumePath", inProgress.map(d -> d.answers().firstIncomplete().map(WizardPage::of)
                .orElse(WizardPage.CHECK).path()).orElse(null));
        return "portal/submit/start";
    }

    /**
     * Starts a new draft, replacing any this browser held for the procedure; an applicant who is logged
     * in finds their own details already filled in (they may still change them, e.g. to apply for someone).
     */
    @PostMapping
    String begin(@PathVariable String code, @AuthenticationPrincipal ApplicantPrincipal applicant,
            HttpServletRequest request, HttpServletResponse response) {
        DossierDraft draft = drafts.start(code);
        if (applicant != null) {
            ApplicantAccount account = applicant.account();
            draft = drafts.save(draft, draft.answers().withApplicant(new Applicant(account.type(), account.idNumber(),
                    account.fullName(), account.phone(), account.email(), null), null, null));
        }
        cookie.write(request, response, draft);
        return "redirect:/submit/" + draft.procedureCode() + "/" + WizardPage.WHO.path();
    }

    @GetMapping("/confirmation")
    String confirmation(@PathVariable String code, HttpServletRequest request, Model model) {
        Optional<DossierDraft> submitted = cookie.read(request, code).filter(DossierDraft::submitted);
        if (submitted.isEmpty()) {
            return "redirect:/submit/" + code;
        }
        DossierDraft draft = submitted.get();
        Procedure procedure = catalog.latest(code);
        model.addAttribute("procedure", procedure.content());
        model.addAttribute("draft", draft);
        model.addAttribute("receivingUnit", units.find(draft.answers().receivingUnit()).orElse(null));
        model.addAttribute("expected", expected.ifReceivedAt(draft.updatedAt(), procedure.content().timeLimit()));
        return "portal/submit/confirmation";
    }
}
