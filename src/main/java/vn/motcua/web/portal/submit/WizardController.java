package vn.motcua.web.portal.submit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.Procedure;
import vn.motcua.datastore.StoredDocument;
import vn.motcua.document.Documents;
import vn.motcua.dossier.ApplyingAs;
import vn.motcua.dossier.DossierDraft;
import vn.motcua.dossier.DossierDrafts;
import vn.motcua.dossier.DraftAnswers;
import vn.motcua.dossier.DraftComponent;
import vn.motcua.dossier.ReturnMethod;
import vn.motcua.identity.ApplicantPrincipal;
import vn.motcua.notification.ChannelChoice;
import vn.motcua.notification.NotificationChoices;
import vn.motcua.organization.Unit;
import vn.motcua.platform.Problems;
import vn.motcua.platform.UserInputException;
import vn.motcua.web.FormErrors;

/**
 * The wizard's pages, one thing each. Every post saves the draft first, valid or not, then checks
 * the page: accepted, it goes on to the next page (or back to check your answers after a change);
 * refused, it shows the page again with the error summary and everything typed. The check page also
 * asks by which channels the applicant is told about the dossier; its language is the page's.
 */
@Controller
@RequestMapping("/submit/{code}")
class WizardController {

    /** Electronic first: it is the quickest for the citizen and the cheapest for the province. */
    private static final List<ReturnMethod> RETURN_METHODS =
            List.of(ReturnMethod.ELECTRONIC, ReturnMethod.POST, ReturnMethod.COUNTER);

    /**
     * How each component may be handed in: uploaded or posted; "not applicable" only for a conditional
     * one (a required component, bắt buộc, is needed); reused when the data store offers a document.
     */
    private static List<List<DraftComponent.Delivery>> deliveryOptions(List<DraftComponent> components,
            List<List<StoredDocument>> reusable) {
        return IntStream.range(0, components.size()).mapToObj(i -> {
            List<DraftComponent.Delivery> options = new ArrayList<>();
            if (!reusable.get(i).isEmpty()) {
                options.add(DraftComponent.Delivery.REUSE);
            }
            options.addAll(List.of(DraftComponent.Delivery.UPLOAD, DraftComponent.Delivery.POST));
            if (!components.get(i).required()) {
                options.add(DraftComponent.Delivery.NOT_NEEDED);
            }
            return List.copyOf(options);
        }).toList();
    }

    private final Catalog catalog;
    private final DossierDrafts drafts;
    private final DraftCookie cookie;
    private final ComponentUploads uploads;
    private final ReceivingUnits receivingUnits;
    private final Documents documents;
    private final MessageSource messages;
    private final NotificationChoices notifications;
    private final StoredOffers offers;
    private final EFormSteps eform;

    WizardController(Catalog catalog, DossierDrafts drafts, DraftCookie cookie, ComponentUploads uploads,
            ReceivingUnits receivingUnits, Documents documents, MessageSource messages,
            NotificationChoices notifications, StoredOffers offers, EFormSteps eform) {
        this.eform = eform;
        this.notifications = notifications;
        this.offers = offers;
        this.catalog = catalog;
        this.drafts = drafts;
        this.cookie = cookie;
        this.uploads = uploads;
        this.receivingUnits = receivingUnits;
        this.documents = documents;
        this.messages = messages;
    }

    @GetMapping("/{page:who|applicant|documents|result|check}")
    String show(@PathVariable String code, @PathVariable String page, @RequestParam(defaultValue = "false") boolean change,
            HttpServletRequest request, Model model) {
        return withDraft(code, request, draft -> render(WizardPage.ofPath(page), draft, FormErrors.none(), change, model));
    }

    @PostMapping("/who")
    String who(@PathVariable String code, @RequestParam(required = false) String applyingAs,
            @RequestParam(defaultValue = "false") boolean change, HttpServletRequest request,
            HttpServletResponse response, Model model, Locale locale) {
        return withDraft(code, request, draft -> accept(WizardPage.WHO, draft,
                draft.answers().withApplyingAs(Choices.parse(ApplyingAs.class, applyingAs)), new Problems(), change,
                new Exchange(request, response, model, locale)));
    }

    @PostMapping("/applicant")
    String applicant(@PathVariable String code, @ModelAttribute ApplicantPage form,
            @RequestParam(defaultValue = "false") boolean change, HttpServletRequest request,
            HttpServletResponse response, Model model, Locale locale) {
        return withDraft(code, request, draft -> accept(WizardPage.APPLICANT, draft,
                draft.answers().withApplicant(form.applicant(), form.submitterName(), form.submitterIdNumber()),
                new Problems(), change, new Exchange(request, response, model, locale)));
    }

    @PostMapping("/documents")
    String documents(@PathVariable String code, @RequestParam Map<String, String> params,
            @RequestParam Map<String, MultipartFile> files, @RequestParam(defaultValue = "false") boolean change,
            @AuthenticationPrincipal ApplicantPrincipal applicant, HttpServletRequest request,
            HttpServletResponse response, Model model, Locale locale) {
        return withDraft(code, request, draft -> {
            Problems problems = new Problems();
            List<DraftComponent> answered = offers.apply(offers.owner(applicant, draft.answers()),
                    uploads.apply(draft.id(), draft.answers().components(), params, files, problems), params,
                    problems);
            answered = eform.enforce(draft, answered, problems);
            return accept(WizardPage.DOCUMENTS, draft, draft.answers().withComponents(answered), problems, change,
                    new Exchange(request, response, model, locale));
        });
    }

    @PostMapping("/result")
    String result(@PathVariable String code, @RequestParam(required = false) String returnMethod,
            @RequestParam(required = false) String returnAddress, @RequestParam(required = false) String receivingUnit,
            @RequestParam(defaultValue = "false") boolean change, HttpServletRequest request,
            HttpServletResponse response, Model model, Locale locale) {
        return withDraft(code, request, draft -> {
            Problems problems = new Problems();
            boolean offered = receivingUnit == null || receivingUnit.isBlank() || receivingUnits
                    .offeredFor(catalog.inForce(code)).stream().anyMatch(u -> u.identifier().equals(receivingUnit));
            problems.when(!offered, "receivingUnit", "dossier.receivingUnit.unknown");
            return accept(WizardPage.RESULT, draft, draft.answers().withResult(
                    Choices.parse(ReturnMethod.class, returnMethod), returnAddress, receivingUnit), problems, change,
                    new Exchange(request, response, model, locale));
        });
    }

    /**
     * Submits the draft; what the dossier module refuses is listed on the check page. A logged-in
     * applicant's account is linked to the new dossier.
     */
    @PostMapping("/check")
    String submit(@PathVariable String code, @AuthenticationPrincipal ApplicantPrincipal applicant,
            @RequestParam(defaultValue = "false") boolean notifyEmail,
            @RequestParam(defaultValue = "false") boolean notifySms, HttpServletRequest request, Model model,
            Locale locale) {
        return withDraft(code, request, draft -> {
            try {
                DossierDraft submitted = drafts.submit(draft.id(), applicant == null ? null : applicant.account());
                eform.submitted(submitted);
                notifications.chooseForDossier(submitted.dossierCode(), new ChannelChoice(notifyEmail, notifySms),
                        locale);
                return "redirect:/submit/" + code + "/confirmation";
            } catch (UserInputException refused) {
                // The fields named are on other pages: the summary lists the problems without links.
                UserInputException unlinked = new UserInputException(refused.problems().stream()
                        .map(p -> new UserInputException.Problem(null, p.messageKey(), p.arguments())).toList());
                return render(WizardPage.CHECK, draft, FormErrors.of(unlinked, messages, locale), false, model);
            }
        });
    }

    /** The logged-in applicant, for the data store's offers on the components page; null for a visitor. */
    @ModelAttribute("applicantPrincipal")
    ApplicantPrincipal applicantPrincipal(@AuthenticationPrincipal ApplicantPrincipal applicant) {
        return applicant;
    }

    /** A logged-in applicant's notification defaults, which tick the check page's boxes; null otherwise. */
    @ModelAttribute("notifyDefaults")
    ChannelChoice notifyDefaults(@AuthenticationPrincipal ApplicantPrincipal applicant) {
        return applicant == null ? null : notifications.accountDefaults(applicant.account().id()).orElse(null);
    }

    /** What one request brings and needs back, passed along as one. */
    private record Exchange(HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
    }

    private String withDraft(String code, HttpServletRequest request, Function<DossierDraft, String> action) {
        Optional<DossierDraft> draft = cookie.read(request, code);
        if (draft.isEmpty()) {
            return "redirect:/submit/" + code;
        }
        return draft.get().submitted() ? "redirect:/submit/" + code + "/confirmation" : action.apply(draft.get());
    }

    private String accept(WizardPage page, DossierDraft draft, DraftAnswers answers, Problems problems,
            boolean change, Exchange exchange) {
        DossierDraft saved = drafts.save(draft, answers);
        cookie.write(exchange.request(), exchange.response(), saved);
        answers.check(page.section(), problems);
        try {
            problems.throwIfAny();
        } catch (UserInputException refused) {
            return render(page, saved, FormErrors.of(refused, messages, exchange.locale()), change, exchange.model());
        }
        WizardPage next = change ? WizardPage.CHECK : page.next();
        String path = page == WizardPage.APPLICANT && !change ? eform.afterApplicant(saved, next.path()) : next.path();
        return "redirect:/submit/" + draft.procedureCode() + "/" + path;
    }

    private String render(WizardPage page, DossierDraft draft, FormErrors errors, boolean change, Model model) {
        String base = "/submit/" + draft.procedureCode();
        if (page == WizardPage.APPLICANT && draft.answers().applyingAs() == null) {
            return "redirect:" + base + "/" + WizardPage.WHO.path();
        }
        Procedure procedure = catalog.inForce(draft.procedureCode());
        WizardPage back = change && page != WizardPage.CHECK ? WizardPage.CHECK : page.previous();
        model.addAttribute("procedure", procedure.content());
        model.addAttribute("answers", draft.answers());
        model.addAttribute("errors", errors);
        model.addAttribute("change", change);
        model.addAttribute("base", base);
        model.addAttribute("backUrl", back == null ? base : base + "/" + back.path());
        eform.addTo(model, draft, base, page == WizardPage.DOCUMENTS && !change);
        model.addAttribute("applyingOptions", ApplyingAs.values());
        List<List<StoredDocument>> reusable = offers.of(
                offers.owner((ApplicantPrincipal) model.getAttribute("applicantPrincipal"), draft.answers()),
                draft.answers().components());
        model.addAttribute("reusable", reusable);
        model.addAttribute("deliveryOptions", deliveryOptions(draft.answers().components(), reusable));
        model.addAttribute("rules", documents.standardRules());
        model.addAttribute("returnMethods", RETURN_METHODS);
        List<Unit> units = receivingUnits.offeredFor(procedure);
        model.addAttribute("units", units);
        model.addAttribute("receivingUnit", units.stream()
                .filter(u -> u.identifier().equals(draft.answers().receivingUnit())).findFirst().orElse(null));
        return page.template();
    }
}
