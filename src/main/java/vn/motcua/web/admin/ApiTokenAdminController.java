package vn.motcua.web.admin;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.organization.ApiToken;
import vn.motcua.organization.ApiTokenForm;
import vn.motcua.organization.ApiTokens;
import vn.motcua.organization.Officer;
import vn.motcua.organization.OfficerDirectory;
import vn.motcua.organization.OfficerPrincipal;
import vn.motcua.organization.ProvinceCalendar;
import vn.motcua.web.FormErrors;
import vn.motcua.web.FormSubmission;

/**
 * Administrators issue officers' API tokens (mã truy cập API), list them and revoke them. A new token's
 * secret reaches the list page once, as a flash attribute, and is gone on the next load.
 */
@Controller
@RequestMapping("/admin/tokens")
class ApiTokenAdminController {

    /** A token as the list shows it, its instants in the province's local time. */
    record Row(ApiToken token, ApiToken.State state, LocalDateTime createdAt, LocalDateTime lastUsedAt,
            LocalDateTime revokedAt) {
    }

    private final ApiTokens tokens;
    private final OfficerDirectory officers;
    private final ProvinceCalendar calendar;
    private final FormSubmission forms;

    ApiTokenAdminController(ApiTokens tokens, OfficerDirectory officers, ProvinceCalendar calendar,
            FormSubmission forms) {
        this.tokens = tokens;
        this.officers = officers;
        this.calendar = calendar;
        this.forms = forms;
    }

    @GetMapping
    String list(Model model) {
        LocalDate today = calendar.now().toLocalDate();
        model.addAttribute("tokens", tokens.all().stream().map(t -> row(t, today)).toList());
        return "admin/tokens/list";
    }

    @GetMapping("/new")
    String newToken(Model model) {
        return form(model, ApiTokenForm.blank(), FormErrors.none());
    }

    @PostMapping
    String issue(@ModelAttribute ApiTokenForm form, @AuthenticationPrincipal OfficerPrincipal administrator,
            Model model, Locale locale, RedirectAttributes redirect) {
        return forms.submit(() -> tokens.issue(form, administrator.getUsername()), "/admin/tokens",
                errors -> form(model, form, errors), locale, redirect);
    }

    @GetMapping("/{id}/revoke")
    String confirmRevocation(@PathVariable long id, Model model) {
        model.addAttribute("token", row(tokens.get(id), calendar.now().toLocalDate()));
        return "admin/tokens/revoke";
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable long id, @AuthenticationPrincipal OfficerPrincipal administrator,
            RedirectAttributes redirect) {
        redirect.addFlashAttribute("revoked", tokens.revoke(id, administrator.getUsername()));
        return "redirect:/admin/tokens";
    }

    private String form(Model model, ApiTokenForm form, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("officers", officers.all().stream().filter(Officer::enabled).toList());
        return "admin/tokens/form";
    }

    private Row row(ApiToken token, LocalDate today) {
        return new Row(token, token.stateOn(today), local(token.createdAt()), local(token.lastUsedAt()),
                local(token.revokedAt()));
    }

    private LocalDateTime local(Instant instant) {
        ZoneId zone = calendar.calendar().workingHours().zone();
        return instant == null ? null : LocalDateTime.ofInstant(instant, zone);
    }
}
