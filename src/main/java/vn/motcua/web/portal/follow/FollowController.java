package vn.motcua.web.portal.follow;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;
import java.util.Optional;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.dossier.Actor;
import vn.motcua.dossier.ApplicantDossier;
import vn.motcua.dossier.ApplicantDossiers;
import vn.motcua.platform.NotFoundException;
import vn.motcua.platform.Problems;
import vn.motcua.result.ResultDocuments;
import vn.motcua.platform.UserInputException;
import vn.motcua.web.Downloads;
import vn.motcua.web.FormErrors;
import vn.motcua.web.FormSubmission;

/**
 * Tra cứu hồ sơ: anyone with a dossier's code and its applicant's ID number follows it without an
 * account. A wrong pair and an unknown code get the same answer, and look-ups are rate limited, so
 * the form tells a guesser nothing.
 */
@Controller
class FollowController {

    private final ApplicantDossiers dossiers;
    private final LookupRateLimit limit;
    private final FollowPage page;
    private final Downloads downloads;
    private final FormSubmission forms;
    private final ResultDocuments results;

    FollowController(ApplicantDossiers dossiers, LookupRateLimit limit, FollowPage page, Downloads downloads,
            FormSubmission forms, ResultDocuments results) {
        this.dossiers = dossiers;
        this.limit = limit;
        this.page = page;
        this.downloads = downloads;
        this.forms = forms;
        this.results = results;
    }

    /** {@code ?code=} comes from the QR code printed on the dossier's documents. */
    @GetMapping("/follow")
    String form(@RequestParam(required = false) String code, Model model) {
        return form(model, FollowForm.blank(code), FormErrors.none());
    }

    @PostMapping("/follow")
    String lookUp(@ModelAttribute FollowForm form, HttpServletRequest request, HttpServletResponse response,
            HttpSession session, Model model, Locale locale, RedirectAttributes redirect) {
        Optional<String> tooMany = limit.refusal(request, response, model);
        if (tooMany.isPresent()) {
            return tooMany.get();
        }
        String code = form.normalisedCode();
        String view = forms.submit(() -> follow(form, session), "/follow/" + code,
                errors -> form(model, form, errors), locale, redirect);
        // A look-up records nothing: the dossier page must not thank the citizen for it.
        redirect.getFlashAttributes().remove("saved");
        return view;
    }

    @GetMapping("/follow/{code}")
    String dossier(@PathVariable String code, HttpSession session, Model model) {
        return page.show(model, FollowedDossiers.idNumberFor(session, code, dossiers), code);
    }

    @GetMapping("/follow/{code}/documents/{slug}.pdf")
    ResponseEntity<byte[]> document(@PathVariable String code, @PathVariable String slug, HttpSession session,
            Locale locale) {
        return downloads.pdf(Actor.applicant(FollowedDossiers.idNumberFor(session, code, dossiers), null), code, slug, locale);
    }

    /** A result document, to the applicant of the followed (or own) dossier, once it is returned; else 404. */
    @GetMapping("/follow/{code}/results/{resultCode}")
    ResponseEntity<InputStreamResource> result(@PathVariable String code, @PathVariable String resultCode,
            HttpSession session) {
        ApplicantDossier dossier = dossiers.view(FollowedDossiers.idNumberFor(session, code, dossiers), code);
        return downloads.stored(results.returned(dossier, resultCode).file());
    }

    private String follow(FollowForm form, HttpSession session) {
        Problems problems = new Problems();
        form.check(problems);
        problems.throwIfAny();
        try {
            dossiers.view(form.normalisedIdNumber(), form.normalisedCode());
        } catch (NotFoundException unknownOrNotTheirs) {
            throw new UserInputException("code", "follow.notFound");
        }
        FollowedDossiers.remember(session, form.normalisedCode(), form.normalisedIdNumber());
        return form.normalisedCode();
    }

    private static String form(Model model, FollowForm form, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "portal/follow/form";
    }
}
