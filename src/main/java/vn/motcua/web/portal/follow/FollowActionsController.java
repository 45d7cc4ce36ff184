package vn.motcua.web.portal.follow;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.document.Documents;
import vn.motcua.document.StoredFile;
import vn.motcua.dossier.Actor;
import vn.motcua.dossier.ApplicantDossier;
import vn.motcua.dossier.ApplicantDossiers;
import vn.motcua.dossier.AttachedFile;
import vn.motcua.dossier.DossierCommand;
import vn.motcua.dossier.DossierHandling;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.SupplementAnswer;
import vn.motcua.dossier.SupplementItem;
import vn.motcua.feedback.Ratings;
import vn.motcua.platform.InputLimits;
import vn.motcua.platform.Problems;
import vn.motcua.platform.UserInputException;
import vn.motcua.web.FormErrors;
import vn.motcua.web.FormSubmission;

/**
 * What the applicant does after submitting, from the dossier's page: answer a supplement request by
 * uploading each missing item, withdraw the dossier (after a confirmation page), rate the service.
 * Each action carries the version the applicant read; if an officer changed the dossier meanwhile,
 * the form comes back with the news and with what was typed.
 */
@Controller
@RequestMapping("/follow/{code}")
class FollowActionsController {

    private final ApplicantDossiers dossiers;
    private final DossierHandling handling;
    private final Documents documents;
    private final Ratings ratings;
    private final FollowPage page;
    private final FormSubmission forms;

    FollowActionsController(ApplicantDossiers dossiers, DossierHandling handling, Documents documents,
            Ratings ratings, FollowPage page, FormSubmission forms) {
        this.dossiers = dossiers;
        this.handling = handling;
        this.documents = documents;
        this.ratings = ratings;
        this.page = page;
        this.forms = forms;
    }

    @GetMapping("/supplement")
    String supplementForm(@PathVariable String code, HttpSession session, Model model) {
        return page.supplement(model, FollowedDossiers.idNumberFor(session, code, dossiers), code, null,
                FormErrors.none());
    }

    @PostMapping("/supplement")
    String supplement(@PathVariable String code, @RequestParam int version, @RequestParam(required = false) String note,
            MultipartHttpServletRequest request, HttpSession session, Model model, Locale locale,
            RedirectAttributes redirect) {
        String idNumber = FollowedDossiers.idNumberFor(session, code, dossiers);
        return forms.submit(() -> supplement(idNumber, code, version, note, request), "/follow/" + code,
                errors -> page.supplement(model, idNumber, code, note, errors), locale, redirect);
    }

    @GetMapping("/withdraw")
    String withdrawalForm(@PathVariable String code, HttpSession session, Model model) {
        return page.withdrawal(model, FollowedDossiers.idNumberFor(session, code, dossiers), code, null,
                FormErrors.none());
    }

    @PostMapping("/withdraw")
    String withdraw(@PathVariable String code, @RequestParam int version, @RequestParam(required = false) String reason,
            HttpSession session, Model model, Locale locale, RedirectAttributes redirect) {
        String idNumber = FollowedDossiers.idNumberFor(session, code, dossiers);
        return forms.submit(() -> withdraw(idNumber, code, version, reason), "/follow/" + code,
                errors -> page.withdrawal(model, idNumber, code, reason, errors), locale, redirect);
    }

    /** Reloading the page a refused rating left in the address bar goes back to the dossier, not to a 405. */
    @GetMapping("/rating")
    String ratingReloaded(@PathVariable String code) {
        return "redirect:/follow/" + code;
    }

    @PostMapping("/rating")
    String rate(@PathVariable String code, @ModelAttribute RatingForm form, HttpSession session, Model model,
            Locale locale, RedirectAttributes redirect) {
        String idNumber = FollowedDossiers.idNumberFor(session, code, dossiers);
        return forms.submit(() -> ratings.rate(idNumber, code, form.satisfaction(), form.comment()),
                "/follow/" + code, errors -> page.show(model, idNumber, code, form, errors), locale, redirect);
    }

    /**
     * Every requested item needs at least one file, which goes to the component the item names (or
     * becomes the new document it asks for); all files are checked before the dossier changes.
     */
    private String supplement(String idNumber, String code, int version, String note,
            MultipartHttpServletRequest request) {
        ApplicantDossier dossier = dossiers.view(idNumber, code);
        Actor applicant = applicant(dossier, idNumber);
        List<SupplementItem> asked = dossier.supplementAsked();
        List<SupplementAnswer> answers = new ArrayList<>();
        Problems problems = new Problems();
        for (int i = 0; i < asked.size(); i++) {
            String field = "item" + (i + 1);
            List<MultipartFile> files = request.getFiles(field).stream().filter(f -> !f.isEmpty()).toList();
            if (files.isEmpty()) {
                problems.add(field, "follow.supplement.fileRequired", asked.get(i).name());
                continue;
            }
            InputLimits.list(problems, field, files, InputLimits.LIST);
            int item = i + 1;
            problems.check(() -> answers.add(new SupplementAnswer(item, 0, 0, files.stream()
                    .map(f -> AttachedFile.reference(accept(field, f, applicant).sha256())).toList())));
        }
        InputLimits.multiline(problems, "note", note, InputLimits.REASON);
        problems.throwIfAny();
        return handling.handle(applicant, code, version, new DossierCommand.Supplement(answers, note)).code();
    }

    private String withdraw(String idNumber, String code, int version, String reason) {
        Problems problems = new Problems().when(!StringUtils.hasText(reason), "reason", "follow.withdraw.reasonRequired");
        InputLimits.multiline(problems, "reason", reason, InputLimits.REASON).throwIfAny();
        ApplicantDossier dossier = dossiers.view(idNumber, code);
        return handling.handle(applicant(dossier, idNumber), code, version, new DossierCommand.Withdraw(reason.strip()))
                .code();
    }

    /** The file stored as the applicant's upload: only they can attach it. */
    private StoredFile accept(String field, MultipartFile file, Actor applicant) {
        try {
            return documents.accept(field, file.getOriginalFilename(), file.getSize(), file.getInputStream(),
                    documents.standardRules(), applicant.fileOwner());
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** The applicant acts under the name on the dossier, as the tracking sheet prints it. */
    private static Actor applicant(ApplicantDossier dossier, String idNumber) {
        return Actor.applicant(idNumber, dossier.applicantName());
    }
}
