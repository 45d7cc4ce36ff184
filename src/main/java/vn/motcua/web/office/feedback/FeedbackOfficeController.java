package vn.motcua.web.office.feedback;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.dossier.AttachedFile;
import vn.motcua.feedback.FeedbackAction;
import vn.motcua.feedback.FeedbackItem;
import vn.motcua.feedback.FeedbackItems;
import vn.motcua.feedback.FeedbackStateMachine;
import vn.motcua.feedback.PersonalDataMask;
import vn.motcua.organization.OfficerPrincipal;
import vn.motcua.platform.NotFoundException;
import vn.motcua.platform.UserInputException;
import vn.motcua.web.Downloads;
import vn.motcua.web.FormErrors;

/**
 * The unit's feedback and complaints: the list (overdue first, then those near their limit) and each
 * item's page with the actions its status allows. An officer sees only their own unit's items.
 */
@Controller
@RequestMapping("/office/feedback")
class FeedbackOfficeController {

    private final FeedbackItems items;
    private final MessageSource messages;
    private final Downloads downloads;

    FeedbackOfficeController(FeedbackItems items, MessageSource messages, Downloads downloads) {
        this.items = items;
        this.messages = messages;
        this.downloads = downloads;
    }

    /** An attachment of the unit's item, under the name and type its upload recorded. */
    @GetMapping("/{code}/files/{sha256}")
    ResponseEntity<InputStreamResource> file(@AuthenticationPrincipal OfficerPrincipal officer,
            @PathVariable String code, @PathVariable String sha256) {
        FeedbackItem.Attachment file = items.ofUnit(officer.unit(), code).files().stream()
                .filter(f -> f.sha256().equals(sha256)).findFirst()
                .orElseThrow(() -> new NotFoundException("feedback.notFound"));
        return downloads.stored(new AttachedFile(file.sha256(), file.name(), file.mediaType(), file.size()));
    }

    @GetMapping
    String list(@AuthenticationPrincipal OfficerPrincipal officer, Model model) {
        model.addAttribute("lines", items.unitList(officer.unit()));
        return "office/feedback/list";
    }

    @GetMapping("/{code}")
    String item(@AuthenticationPrincipal OfficerPrincipal officer, @PathVariable String code, Model model) {
        return page(model, items.ofUnit(officer.unit(), code), FormErrors.none(), null);
    }

    @PostMapping("/{code}")
    String act(@AuthenticationPrincipal OfficerPrincipal officer, @PathVariable String code,
            @RequestParam(required = false) FeedbackAction action, @RequestParam(defaultValue = "-1") int version,
            @RequestParam(required = false) String text, Model model, Locale locale, RedirectAttributes redirect) {
        try {
            items.act(officer.unit(), officer.officer().fullName(), code, action, text, version);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/office/feedback/" + code;
        } catch (NotFoundException unknown) {
            throw unknown;
        } catch (UserInputException refused) {
            return page(model, items.ofUnit(officer.unit(), code), FormErrors.of(refused, messages, locale), text);
        }
    }

    private String page(Model model, FeedbackItem item, FormErrors errors, String text) {
        model.addAttribute("item", item);
        model.addAttribute("errors", errors);
        model.addAttribute("text", text);
        model.addAttribute("actions", FeedbackStateMachine.allowed(item.status()).stream()
                .filter(a -> !a.bySender()).toList());
        model.addAttribute("dueOn", items.dueOn(item));
        model.addAttribute("askBy", items.askBy(item));
        model.addAttribute("preview", item.answer() == null ? null
                : PersonalDataMask.mask(item.answer(), java.util.List.of(item.senderName())));
        return "office/feedback/item";
    }
}
