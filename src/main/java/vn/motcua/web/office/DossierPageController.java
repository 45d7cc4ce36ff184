package vn.motcua.web.office;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
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
import org.springframework.util.StringUtils;
import vn.motcua.document.Documents;
import vn.motcua.document.StoredFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.datastore.CertifiedCopies;
import vn.motcua.dossier.Actor;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierDocumentKind;
import vn.motcua.dossier.DossierHandling;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.ReturnMethod;
import vn.motcua.dossier.VneidVerifiedSubmissions;
import vn.motcua.organization.OfficerAvailability;
import vn.motcua.result.ResultDocuments;
import vn.motcua.result.ResultDraft;
import vn.motcua.result.ResultDrafts;
import vn.motcua.organization.OfficerPrincipal;
import vn.motcua.payment.DossierFees;
import vn.motcua.payment.Fee;
import vn.motcua.platform.NotFoundException;
import vn.motcua.platform.UserInputException;
import vn.motcua.web.DossierActionInput;
import vn.motcua.web.Downloads;
import vn.motcua.web.FileReference;
import vn.motcua.web.FormErrors;
import vn.motcua.web.FormSubmission;
import vn.motcua.web.HandlingOfficer;
import vn.motcua.web.PostalPanel;

/**
 * One dossier for the officer: everything about it, its tracking sheet, its PDFs and files, and a
 * form for each action the officer may take now. A refused action shows the page again, read fresh,
 * with the officer's typed values still in that action's form.
 */
@Controller
@RequestMapping("/office/dossiers/{code}")
class DossierPageController {

    /** Actions that end or refuse a dossier: shown as dangerous and taken only once confirmed (issue 17). */
    static final Set<DossierAction> NEED_CONFIRMATION = EnumSet.of(DossierAction.REFUSE, DossierAction.WITHDRAW,
            DossierAction.STOP);

    private final DossierQueries queries;
    private final DossierHandling handling;
    private final ResultDocuments results;
    private final DossierFees fees;
    private final Downloads downloads;
    private final FormSubmission forms;
    private final OfficeModel common;
    private final Documents uploads;
    private final OfficerAvailability availability;
    private final CounterPaymentPanel counterPayment;
    private final ResultDrafts drafts;
    private final CertifiedCopies copies;
    private final ApplicantCheckController applicantCheck;
    private final VneidVerifiedSubmissions vneid;
    private final BusinessRegistrationController businessRegistration;
    private final PostalPanel post;

    DossierPageController(DossierQueries queries, DossierHandling handling, ResultDocuments results, DossierFees fees,
            Downloads downloads, FormSubmission forms, OfficeModel common,
            Documents uploads, OfficerAvailability availability, CounterPaymentPanel counterPayment,
            ResultDrafts drafts, CertifiedCopies copies, ApplicantCheckController applicantCheck,
            VneidVerifiedSubmissions vneid, BusinessRegistrationController businessRegistration, PostalPanel post) {
        this.businessRegistration = businessRegistration;
        this.post = post;
        this.copies = copies;
        this.applicantCheck = applicantCheck;
        this.vneid = vneid;
        this.counterPayment = counterPayment;
        this.drafts = drafts;
        this.uploads = uploads;
        this.availability = availability;
        this.queries = queries;
        this.handling = handling;
        this.results = results;
        this.fees = fees;
        this.downloads = downloads;
        this.forms = forms;
        this.common = common;
    }

    @GetMapping
    String dossier(@AuthenticationPrincipal OfficerPrincipal officer, @PathVariable String code, Model model) {
        return page(model, HandlingOfficer.of(officer), code, null, null, FormErrors.none());
    }

    @PostMapping("/actions/{action}")
    String act(@AuthenticationPrincipal OfficerPrincipal officer, @PathVariable String code,
            @PathVariable DossierAction action, @ModelAttribute DossierActionInput input,
            @RequestParam(name = "resultFile", required = false) MultipartFile resultFile,
            @RequestParam(defaultValue = "false") boolean confirmed, Model model, Locale locale,
            RedirectAttributes redirect) {
        Actor actor = HandlingOfficer.of(officer);
        return forms.submit(() -> {
                    requireConfirmation(action, confirmed);
                    // The notice names the action the tracking sheet recorded (a supplement may resume another).
                    return handle(actor, code, action, withUpload(actor, action, input, resultFile)).tracking()
                            .getLast().action();
                },
                "/office/dossiers/" + code,
                errors -> page(model, actor, code, action, input, errors), locale, redirect);
    }

    /**
     * A result draft: the PDF chosen, stored through the document checks first, or, without one, the
     * procedure's result template filled with the dossier's data.
     */
    @PostMapping("/result-drafts")
    String draft(@AuthenticationPrincipal OfficerPrincipal officer, @PathVariable String code,
            @RequestParam(name = "draftFile", required = false) MultipartFile file,
            @RequestParam(defaultValue = "false") boolean generate, RedirectAttributes redirect) {
        Actor actor = HandlingOfficer.of(officer);
        DossierView dossier = queries.get(actor, code);
        ResultDraft draft;
        if (generate || file == null || !StringUtils.hasText(file.getOriginalFilename())) {
            draft = drafts.generate(actor, dossier);
        } else {
            try (InputStream content = file.getInputStream()) {
                StoredFile stored = uploads.accept("draft", file.getOriginalFilename(), file.getSize(), content,
                        uploads.standardRules(), actor.fileOwner());
                draft = drafts.upload(actor, dossier, new vn.motcua.dossier.AttachedFile(stored.sha256(),
                        stored.originalName(), stored.mediaType(), stored.size()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        redirect.addFlashAttribute("draftSaved", draft.code());
        return "redirect:/office/dossiers/" + code;
    }

    @GetMapping("/documents/{slug}.pdf")
    ResponseEntity<byte[]> document(@AuthenticationPrincipal OfficerPrincipal officer, @PathVariable String code,
            @PathVariable String slug, Locale locale) {
        return downloads.pdf(HandlingOfficer.of(officer), code, slug, locale);
    }

    @GetMapping("/files/{sha256}")
    ResponseEntity<InputStreamResource> file(@AuthenticationPrincipal OfficerPrincipal officer,
            @PathVariable String code, @PathVariable String sha256) {
        return downloads.file(HandlingOfficer.of(officer), code, sha256);
    }

    /** Refuses a dangerous action whose "I confirm" box was not ticked; the page keeps what was typed. */
    private static void requireConfirmation(DossierAction action, boolean confirmed) {
        if (NEED_CONFIRMATION.contains(action) && !confirmed) {
            throw new UserInputException(action + ".confirmed", "officeStaff.confirm.required");
        }
    }

    /**
     * The result file chosen on the mark-done form, stored through the document checks first; a refused
     * upload is the form's problem like any other.
     */
    private DossierActionInput withUpload(Actor actor, DossierAction action, DossierActionInput input,
            MultipartFile file) {
        if (action != DossierAction.MARK_DONE || file == null || !StringUtils.hasText(file.getOriginalFilename())) {
            return input;
        }
        try (InputStream content = file.getInputStream()) {
            StoredFile stored = uploads.accept("results", file.getOriginalFilename(), file.getSize(), content,
                    uploads.standardRules(), actor.fileOwner());
            return input.withResults(List.of(new FileReference(stored.sha256())));
        } catch (UserInputException refused) {
            throw new UserInputException(refused.problems().stream()
                    .map(p -> new UserInputException.Problem(action + ".results", p.messageKey(), p.arguments()))
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the action; field problems are renamed after the action's form, as several forms share field names. */
    private DossierView handle(Actor actor, String code, DossierAction action, DossierActionInput input) {
        try {
            return handling.handle(actor, code, input.requiredVersion(), input.command(action));
        } catch (NotFoundException notVisible) {
            throw notVisible;
        } catch (UserInputException refused) {
            throw new UserInputException(refused.problems().stream()
                    .map(p -> new UserInputException.Problem(p.field() == null ? null
                            : action + "." + (p.field().startsWith("results") ? "results" : p.field()),
                            p.messageKey(), p.arguments()))
                    .toList());
        }
    }

    /** The page, also shown again by {@link CounterPaymentController} when it refuses a counter payment. */
    String page(Model model, Actor actor, String code, DossierAction failed, DossierActionInput typed,
            FormErrors errors) {
        DossierView dossier = queries.get(actor, code);
        List<DossierAction> actions = queries.availableActions(actor, dossier);
        Map<String, DossierActionInput> inputs = new LinkedHashMap<>();
        actions.forEach(a -> inputs.put(a.name(), a == failed ? typed : DossierActionInput.blank()));
        model.addAttribute("dossier", dossier);
        model.addAttribute("lookups", queries.lookups(actor, code));
        model.addAttribute("vneidVerified", vneid.verifiedIdNumber(code).orElse(null));
        model.addAttribute("actions", actions);
        model.addAttribute("inputs", inputs);
        model.addAttribute("confirmed", NEED_CONFIRMATION);
        model.addAttribute("errors", errors);
        model.addAttribute("documents", DossierDocumentKind.available(dossier).stream().map(DossierDocumentKind::slug)
                .toList());
        model.addAttribute("results", results.of(dossier));
        model.addAttribute("drafts", drafts.pending(dossier));
        model.addAttribute("mayDraft", drafts.mayDraft(actor, dossier));
        // Only a copy dossier has copies: other dossiers' pages ask nothing more.
        boolean copyDossier = CertifiedCopies.PROCEDURE.equals(dossier.procedureCode());
        model.addAttribute("certifiedCopies", copyDossier ? copies.ofDossier(dossier.code()) : List.of());
        model.addAttribute("mayCertify", CertifiedCopies.mayCertify(dossier, actions));
        List<Fee> due = fees.of(dossier.code());
        model.addAttribute("fees", due);
        model.addAttribute("feesDueVnd", Fee.total(due));
        model.addAttribute("assignees", queries.eligibleHolders(dossier));
        model.addAttribute("holderUnavailable", dossier.currentAssignee() != null && !dossier.status().closed()
                && !availability.available(dossier.currentAssignee()));
        model.addAttribute("returnMethods", ReturnMethod.values());
        counterPayment.addTo(model, dossier);
        applicantCheck.addTo(model, dossier);
        businessRegistration.addTo(model, dossier);
        post.addTo(model, dossier.code());
        common.addNamesAndTime(model);
        return "office/dossier";
    }
}
