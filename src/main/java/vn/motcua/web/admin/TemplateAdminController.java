package vn.motcua.web.admin;

import java.util.Arrays;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.notification.NotificationChannel;
import vn.motcua.notification.NotificationKind;
import vn.motcua.notification.NotificationTemplate;
import vn.motcua.notification.NotificationTemplates;
import vn.motcua.organization.OfficerPrincipal;
import vn.motcua.platform.NotFoundException;
import vn.motcua.web.FormErrors;
import vn.motcua.web.FormSubmission;

/** Administrators list the notification templates and edit one: subject (e-mail), body, placeholders checked. */
@Controller
@RequestMapping("/admin/notifications/templates")
class TemplateAdminController {

    private final NotificationTemplates templates;
    private final FormSubmission forms;

    TemplateAdminController(NotificationTemplates templates, FormSubmission forms) {
        this.templates = templates;
        this.forms = forms;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("templates", templates.all());
        return "admin/notifications/templates";
    }

    @GetMapping("/{kind}/{channel}/{language}")
    String edit(@PathVariable String kind, @PathVariable String channel, @PathVariable String language, Model model) {
        NotificationTemplate t = find(kind, channel, language);
        return form(model, t, t.subject(), t.body(), FormErrors.none());
    }

    @PostMapping("/{kind}/{channel}/{language}")
    String save(@PathVariable String kind, @PathVariable String channel, @PathVariable String language,
            @RequestParam(required = false) String subject, @RequestParam(required = false) String body,
            @AuthenticationPrincipal OfficerPrincipal administrator, Model model, Locale locale,
            RedirectAttributes redirect) {
        NotificationTemplate t = find(kind, channel, language);
        return forms.submit(() -> templates.update(t.kind(), t.channel(), t.language(), subject, body,
                        administrator.getUsername()), "/admin/notifications/templates",
                errors -> form(model, t, subject, body, errors), locale, redirect);
    }

    private NotificationTemplate find(String kind, String channel, String language) {
        return templates.get(constant(NotificationKind.class, kind), constant(NotificationChannel.class, channel),
                language);
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new NotFoundException("notifications.template.notFound"));
    }

    private String form(Model model, NotificationTemplate template, String subject, String body, FormErrors errors) {
        model.addAttribute("template", template);
        model.addAttribute("subject", subject);
        model.addAttribute("body", body);
        model.addAttribute("placeholders", template.kind().placeholders().stream().sorted().map(p -> "{" + p + "}")
                .toList());
        model.addAttribute("errors", errors);
        return "admin/notifications/template";
    }
}
