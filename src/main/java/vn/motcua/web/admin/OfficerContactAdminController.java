package vn.motcua.web.admin;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.notification.NotificationChoices;
import vn.motcua.notification.OfficerContact;
import vn.motcua.organization.OfficerDirectory;
import vn.motcua.web.FormErrors;
import vn.motcua.web.FormSubmission;

/**
 * Administrators set where each officer is told of assignments and steps about to be late: the
 * officer directory holds no contacts of its own.
 */
@Controller
@RequestMapping("/admin/notifications/officers")
class OfficerContactAdminController {

    private final NotificationChoices choices;
    private final OfficerDirectory officers;
    private final FormSubmission forms;

    OfficerContactAdminController(NotificationChoices choices, OfficerDirectory officers, FormSubmission forms) {
        this.choices = choices;
        this.officers = officers;
        this.forms = forms;
    }

    @GetMapping
    String list(Model model) {
        Map<String, OfficerContact> contacts = choices.officerContacts().stream()
                .collect(Collectors.toMap(OfficerContact::username, Function.identity()));
        model.addAttribute("officers", officers.all());
        model.addAttribute("contacts", contacts);
        return "admin/notifications/officers";
    }

    @GetMapping("/{username}")
    String edit(@PathVariable String username, Model model) {
        String known = officers.get(username).username();
        OfficerContact contact = choices.officerContacts().stream().filter(c -> c.username().equals(known))
                .findFirst().orElse(new OfficerContact(known, null, null));
        return form(model, contact, FormErrors.none());
    }

    @PostMapping("/{username}")
    String save(@PathVariable String username, @RequestParam(required = false) String email,
            @RequestParam(required = false) String phone, Model model, Locale locale, RedirectAttributes redirect) {
        OfficerContact typed = new OfficerContact(officers.get(username).username(), email, phone);
        return forms.submit(() -> choices.saveOfficerContact(typed), "/admin/notifications/officers",
                errors -> form(model, typed, errors), locale, redirect);
    }

    private String form(Model model, OfficerContact contact, FormErrors errors) {
        model.addAttribute("officer", officers.get(contact.username()));
        model.addAttribute("contact", contact);
        model.addAttribute("errors", errors);
        return "admin/notifications/officer";
    }
}
