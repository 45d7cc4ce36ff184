package vn.motcua.web.portal.feedback;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.document.Documents;
import vn.motcua.document.FileOwner;
import vn.motcua.feedback.FeedbackAccess;
import vn.motcua.feedback.FeedbackItem;
import vn.motcua.feedback.FeedbackItems;
import vn.motcua.feedback.Filed;
import vn.motcua.feedback.Satisfaction;
import vn.motcua.identity.ApplicantPrincipal;
import vn.motcua.platform.InputLimits;
import vn.motcua.platform.Problems;
import vn.motcua.platform.UserInputException;
import vn.motcua.web.FormErrors;
import vn.motcua.web.portal.follow.LookupRateLimit;

/**
 * Phản ánh, kiến nghị on the portal: file (with or without an account), follow by tracking code and
 * secret (rate limited like the dossier look-up), add the information asked for, rate, file again, and
 * search the published answers. Under {@code /follow/} so a logged-in applicant is known here.
 */
@Controller
@RequestMapping("/follow/feedback")
class FeedbackPortalController {

    /** Most files one filing attaches. */
    static final int MAX_FILES = 5;

    private final FeedbackItems items;
    private final Documents documents;
    private final LookupRateLimit limit;
    private final MessageSource messages;

    FeedbackPortalController(FeedbackItems items, Documents documents, LookupRateLimit limit,
            MessageSource messages) {
        this.items = items;
        this.documents = documents;
        this.limit = limit;
        this.messages = messages;
    }

    @GetMapping("/new")
    String form(@RequestParam(required = false) String dossier, @RequestParam(required = false) String procedure,
            Model model) {
        return form(model, FeedbackForm.blank(short64(dossier), short64(procedure)), FormErrors.none());
    }

    @PostMapping("/new")
    String file(@ModelAttribute FeedbackForm form, @RequestParam(name = "files", required = false) List<MultipartFile> files,
            @AuthenticationPrincipal ApplicantPrincipal applicant, HttpSession session, Model model, Locale locale,
            RedirectAttributes redirect) {
        try {
            FileOwner uploader = new FileOwner("feedback:" + UUID.randomUUID());
            List<String> uploads = accept(files == null ? List.of() : files, uploader);
            Filed filed = items.file(form.filing(), applicant == null ? null : applicant.account().id(), uploader,
                    uploads);
            FollowedFeedback.remember(session, filed.code(), filed.secret());
            redirect.addFlashAttribute("filed", filed);
            return "redirect:/follow/feedback/" + filed.code();
        } catch (UserInputException refused) {
            return form(model, form, FormErrors.of(refused, messages, locale));
        }
    }

    @GetMapping
    String lookUpForm(Model model) {
        model.addAttribute("errors", FormErrors.none());
        return "portal/feedback/follow";
    }

    @PostMapping
    String lookUp(@RequestParam(required = false) String code, @RequestParam(required = false) String secret,
            @AuthenticationPrincipal ApplicantPrincipal applicant, HttpServletRequest request,
            HttpServletResponse response, HttpSession session, Model model, Locale locale) {
        Optional<String> tooMany = limit.refusal(request, response, model);
        if (tooMany.isPresent()) {
            return tooMany.get();
        }
        try {
            Problems problems = new Problems();
            InputLimits.line(problems, "code", code, 32);
            InputLimits.line(problems, "secret", secret, 32).throwIfAny();
            FeedbackItem item = items.follow(code, new FeedbackAccess(secret,
                    applicant == null ? null : applicant.account().id()));
            FollowedFeedback.remember(session, item.code(), secret);
            return "redirect:/follow/feedback/" + item.code();
        } catch (UserInputException refused) {
            model.addAttribute("errors", FormErrors.of(refused, messages, locale));
            model.addAttribute("code", code);
            return "portal/feedback/follow";
        }
    }

    /** Pages from 1; {@code q} and {@code page} are checked province-wide ({@code RequestValueLimits}). */
    @GetMapping("/answers")
    String answers(@RequestParam(required = false) String q, @RequestParam(defaultValue = "1") int page,
            Model model) {
        model.addAttribute("q", q);
        model.addAttribute("page", page);
        model.addAttribute("answers", items.published(q, page - 1));
        model.addAttribute("pageSize", FeedbackItems.PAGE_SIZE);
        model.addAttribute("errors", FormErrors.none());
        return "portal/feedback/answers";
    }

    @GetMapping("/{code}")
    String item(@PathVariable String code, @AuthenticationPrincipal ApplicantPrincipal applicant, HttpSession session,
            Model model) {
        return page(model, items.follow(code, FollowedFeedback.access(session, code, applicant)), FormErrors.none());
    }

    @PostMapping("/{code}/information")
    String addInformation(@PathVariable String code, @RequestParam(defaultValue = "-1") int version,
            @RequestParam(required = false) String information, @AuthenticationPrincipal ApplicantPrincipal applicant,
            HttpSession session, Model model, Locale locale, RedirectAttributes redirect) {
        FeedbackAccess access = FollowedFeedback.access(session, code, applicant);
        return change(() -> items.addInformation(code, access, version, information), code, access, model, locale,
                redirect);
    }

    @PostMapping("/{code}/rating")
    String rate(@PathVariable String code, @RequestParam(required = false) Satisfaction satisfaction,
            @AuthenticationPrincipal ApplicantPrincipal applicant, HttpSession session, Model model, Locale locale,
            RedirectAttributes redirect) {
        FeedbackAccess access = FollowedFeedback.access(session, code, applicant);
        return change(() -> items.rate(code, access, satisfaction), code, access, model, locale, redirect);
    }

    @PostMapping("/{code}/refile")
    String refile(@PathVariable String code, @RequestParam(required = false) String content,
            @AuthenticationPrincipal ApplicantPrincipal applicant, HttpSession session, Model model, Locale locale,
            RedirectAttributes redirect) {
        FeedbackAccess access = FollowedFeedback.access(session, code, applicant);
        try {
            Filed filed = items.refile(code, access, content);
            FollowedFeedback.remember(session, filed.code(), filed.secret());
            redirect.addFlashAttribute("filed", filed);
            return "redirect:/follow/feedback/" + filed.code();
        } catch (UserInputException refused) {
            if (refused instanceof vn.motcua.platform.NotFoundException) {
                throw refused;
            }
            return page(model, items.follow(code, access), FormErrors.of(refused, messages, locale));
        }
    }

    private String change(java.util.function.Supplier<FeedbackItem> action, String code, FeedbackAccess access,
            Model model, Locale locale, RedirectAttributes redirect) {
        try {
            action.get();
            redirect.addFlashAttribute("saved", true);
            return "redirect:/follow/feedback/" + code;
        } catch (UserInputException refused) {
            if (refused instanceof vn.motcua.platform.NotFoundException) {
                throw refused;
            }
            return page(model, items.follow(code, access), FormErrors.of(refused, messages, locale));
        }
    }

    private String page(Model model, FeedbackItem item, FormErrors errors) {
        model.addAttribute("item", item);
        model.addAttribute("errors", errors);
        model.addAttribute("satisfactions", Satisfaction.values());
        return "portal/feedback/item";
    }

    private String form(Model model, FeedbackForm form, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", vn.motcua.feedback.FeedbackKind.values());
        model.addAttribute("maxFiles", MAX_FILES);
        return "portal/feedback/new";
    }

    /** Each file checked and stored under the upload rules before the item is filed. */
    private List<String> accept(List<MultipartFile> files, FileOwner uploader) {
        List<MultipartFile> sent = files.stream().filter(f -> f != null && !f.isEmpty()).toList();
        InputLimits.list(new Problems(), "files", sent, MAX_FILES).throwIfAny();
        return sent.stream().map(f -> {
            try {
                return documents.accept("files", f.getOriginalFilename(), f.getSize(), f.getInputStream(),
                        documents.standardRules(), uploader).sha256();
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
        }).toList();
    }

    /** A code from a link, cut to what a field takes; the service checks it. */
    private static String short64(String value) {
        return value == null ? null : value.length() > 64 ? value.substring(0, 64) : value;
    }
}
