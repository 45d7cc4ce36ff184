package vn.motcua.web.portal.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.dossier.ApplicantDossiers;
import vn.motcua.identity.ApplicantPrincipal;
import vn.motcua.platform.NotFoundException;
import vn.motcua.platform.Problems;
import vn.motcua.platform.UserInputException;
import vn.motcua.web.FormErrors;
import vn.motcua.web.FormSubmission;
import vn.motcua.web.portal.follow.LookupRateLimit;

/**
 * Liên kết hồ sơ: an account proves its link to a dossier filed without it (at a counter, or before
 * it existed) by typing the dossier's code with its applicant's ID number: the same proof as following
 * it, under the same rate limit. A wrong pair and an unknown code get the same answer.
 */
@Controller
class LinkDossierController {

    /** Longer than any code or ID number; a longer text is refused before any look-up. */
    static final int MAX_LENGTH = 60;

    private final ApplicantDossiers dossiers;
    private final LookupRateLimit limit;
    private final FormSubmission forms;

    LinkDossierController(ApplicantDossiers dossiers, LookupRateLimit limit, FormSubmission forms) {
        this.dossiers = dossiers;
        this.limit = limit;
        this.forms = forms;
    }

    @GetMapping("/account/link")
    String form(Model model) {
        return form(model, new LinkForm(null, null), FormErrors.none());
    }

    @PostMapping("/account/link")
    String link(@AuthenticationPrincipal ApplicantPrincipal applicant, @ModelAttribute LinkForm form,
            HttpServletRequest request, HttpServletResponse response, Model model, Locale locale,
            RedirectAttributes redirect) {
        Optional<String> tooMany = limit.refusal(request, response, model);
        if (tooMany.isPresent()) {
            return tooMany.get();
        }
        return forms.submit(() -> link(applicant, form), "/account/dossiers",
                errors -> form(model, form, errors), locale, redirect);
    }

    private String link(ApplicantPrincipal applicant, LinkForm form) {
        Problems problems = new Problems();
        problems.when(form.code().isEmpty() || form.code().length() > MAX_LENGTH, "code", "follow.code.required")
                .when(form.idNumber().isEmpty() || form.idNumber().length() > MAX_LENGTH, "idNumber",
                        "follow.idNumber.required");
        problems.throwIfAny();
        try {
            dossiers.link(applicant.account().id(), form.idNumber(), form.code());
        } catch (NotFoundException unknownOrNotTheirs) {
            throw new UserInputException("code", "follow.notFound");
        }
        return form.code();
    }

    private static String form(Model model, LinkForm form, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "portal/account/link";
    }

    /** Mã hồ sơ and the applicant's ID number, normalised as the follow form does. */
    record LinkForm(String code, String idNumber) {
        LinkForm {
            code = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
            idNumber = idNumber == null ? "" : idNumber.replace(" ", "").toUpperCase(Locale.ROOT);
        }
    }
}
