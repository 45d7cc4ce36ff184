package vn.motcua.web.admin;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.login.LoginAttempts;
import vn.motcua.login.LoginScope;
import vn.motcua.organization.OfficerPrincipal;
import vn.motcua.organization.ProvinceCalendar;
import vn.motcua.platform.UserInputException;
import vn.motcua.web.FormErrors;
import vn.motcua.web.FormSubmission;

/**
 * Administrators see the accounts and client addresses held after failed logins, lift a hold (mở
 * khoá), and read the audit of failures, a page at a time. A refused request is the same page with
 * its error summary and a 400.
 */
@Controller
@RequestMapping("/admin/logins")
class LoginAdminController {

    private final LoginAttempts logins;
    private final ProvinceCalendar calendar;
    private final FormSubmission forms;
    private final MessageSource messages;

    LoginAdminController(LoginAttempts logins, ProvinceCalendar calendar, FormSubmission forms,
            MessageSource messages) {
        this.logins = logins;
        this.calendar = calendar;
        this.forms = forms;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "1") int page, Model model, Locale locale,
            HttpServletResponse response) {
        try {
            model.addAttribute("audit", logins.audit(page));
        } catch (UserInputException refused) {
            return refused(model, FormErrors.of(refused, messages, locale), response);
        }
        return page(model, FormErrors.none());
    }

    @PostMapping("/unlock")
    String unlock(@RequestParam LoginScope scope, @RequestParam String subject,
            @AuthenticationPrincipal OfficerPrincipal administrator, Model model, Locale locale,
            HttpServletResponse response, RedirectAttributes redirect) {
        return forms.submit(() -> logins.lift(scope, subject, administrator.getUsername()), "/admin/logins",
                errors -> refused(model, errors, response), locale, redirect);
    }

    private String refused(Model model, FormErrors errors, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("audit", logins.audit(1));
        return page(model, errors);
    }

    private String page(Model model, FormErrors errors) {
        model.addAttribute("holds", logins.holds());
        model.addAttribute("zone", calendar.calendar().workingHours().zone());
        model.addAttribute("errors", errors);
        return "admin/logins";
    }
}
