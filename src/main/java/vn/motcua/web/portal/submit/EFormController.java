package vn.motcua.web.portal.submit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.motcua.dossier.DossierDraft;
import vn.motcua.eform.EForms;
import vn.motcua.eform.FilledForm;
import vn.motcua.identity.ApplicantAccount;
import vn.motcua.identity.ApplicantPrincipal;
import vn.motcua.platform.NotFoundException;
import vn.motcua.platform.UserInputException;
import vn.motcua.web.FormErrors;

/**
 * The e-form's pages (tờ khai điện tử), one section each, after the applicant's page: prefilled for a
 * VNeID-verified account, each prefilled value shown with its source and read-only unless the schema lets it
 * change. A refused section answers 400 with the page again, its error summary and what was typed; the last
 * section accepted makes the declaration's PDF, which the draft carries as the component it replaces.
 */
@Controller
@RequestMapping("/submit/{code}/form/{number}")
class EFormController {

    private final DraftCookie cookie;
    private final EFormSteps steps;
    private final EForms eforms;
    private final MessageSource messages;

    EFormController(DraftCookie cookie, EFormSteps steps, EForms eforms, MessageSource messages) {
        this.cookie = cookie;
        this.steps = steps;
        this.eforms = eforms;
        this.messages = messages;
    }

    @GetMapping
    String show(@PathVariable String code, @PathVariable int number, @RequestParam(defaultValue = "false") boolean change,
            @AuthenticationPrincipal ApplicantPrincipal applicant, HttpServletRequest request, Model model) {
        return withDraft(code, request, draft -> {
            EFormSteps.Steps s = section(draft, number);
            FilledForm filled = eforms.open(draft.id(), s.procedure(), s.form(), account(applicant));
            return render(new Page(draft, s, number, change, account(applicant)), filled, FormErrors.none(), model);
        });
    }

    @PostMapping
    String answer(@PathVariable String code, @PathVariable int number, @RequestParam Map<String, String> params,
            @RequestParam(defaultValue = "false") boolean change, @AuthenticationPrincipal ApplicantPrincipal applicant,
            HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
        return withDraft(code, request, draft -> {
            EFormSteps.Steps s = section(draft, number);
            Page page = new Page(draft, s, number, change, account(applicant));
            FilledForm filled = eforms.open(draft.id(), s.procedure(), s.form(), account(applicant));
            // Any change unfinishes the declaration: the draft carries no PDF until the last section is accepted.
            DossierDraft saved = steps.carry(draft, s, null);
            try {
                filled = eforms.answer(filled, s.form(), number - 1, params);
                if (number < s.sections()) {
                    return "redirect:" + page.base() + "/form/" + (number + 1) + (change ? "?change=true" : "");
                }
                FilledForm finished = eforms.finish(filled, s.procedure(), s.form());
                steps.carry(saved, s, finished.pdf());
                return "redirect:" + page.base() + "/" + (change ? WizardPage.CHECK : WizardPage.DOCUMENTS).path();
            } catch (UserInputException refused) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                FilledForm typed = eforms.ofDraft(draft.id()).orElse(filled);
                return render(page, typed, FormErrors.of(refused, messages, locale), model);
            }
        });
    }

    /**
     * One request's page: the draft, the e-form, the section shown (1-based), whether it is a change, and the
     * logged-in account (null for a visitor).
     */
    private record Page(DossierDraft draft, EFormSteps.Steps steps, int number, boolean change,
            ApplicantAccount account) {

        String base() {
            return "/submit/" + draft.procedureCode();
        }
    }

    private String render(Page page, FilledForm filled, FormErrors errors, Model model) {
        String base = page.base();
        model.addAttribute("procedure", page.steps().procedure().content());
        model.addAttribute("form", page.steps().form());
        model.addAttribute("section", page.steps().form().sections().get(page.number() - 1));
        model.addAttribute("number", page.number());
        model.addAttribute("filled", filled);
        model.addAttribute("errors", errors);
        model.addAttribute("change", page.change());
        model.addAttribute("loggedIn", page.account() != null);
        model.addAttribute("base", base);
        model.addAttribute("action", base + "/form/" + page.number());
        model.addAttribute("backUrl", page.number() == 1 ? base + "/" + WizardPage.APPLICANT.path()
                : base + "/form/" + (page.number() - 1));
        return "portal/submit/eform";
    }

    private EFormSteps.Steps section(DossierDraft draft, int number) {
        Optional<EFormSteps.Steps> s = steps.of(draft);
        if (s.isEmpty() || number < 1 || number > s.get().sections()) {
            throw new NotFoundException("eform.section.notFound", number);
        }
        return s.get();
    }

    private String withDraft(String code, HttpServletRequest request, Function<DossierDraft, String> action) {
        Optional<DossierDraft> draft = cookie.read(request, code);
        if (draft.isEmpty()) {
            return "redirect:/submit/" + code;
        }
        return draft.get().submitted() ? "redirect:/submit/" + code + "/confirmation" : action.apply(draft.get());
    }

    private static ApplicantAccount account(ApplicantPrincipal applicant) {
        return applicant == null ? null : applicant.account();
    }
}
