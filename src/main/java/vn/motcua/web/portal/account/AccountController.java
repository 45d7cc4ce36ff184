package vn.motcua.web.portal.account;

import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.catalog.ApplicantType;
import vn.motcua.identity.ApplicantAccounts;
import vn.motcua.identity.ApplicantPrincipal;
import vn.motcua.identity.Registration;
import vn.motcua.web.FormErrors;
import vn.motcua.web.FormSubmission;
import vn.motcua.web.vneid.VneidLogin;

/**
 * Tài khoản: registering, the applicants' log-in form (Spring Security handles its POST and the
 * log-out), and changing the password.
 */
@Controller
@RequestMapping("/account")
class AccountController {

    private final ApplicantAccounts accounts;
    private final FormSubmission forms;
    private final VneidLogin vneid;

    AccountController(ApplicantAccounts accounts, FormSubmission forms, VneidLogin vneid) {
        this.vneid = vneid;
        this.accounts = accounts;
        this.forms = forms;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("vneidOffered", vneid.offered());
        return "portal/account/login";
    }

    @GetMapping("/register")
    String registrationForm(Model model) {
        return registrationForm(model, new Registration(null, ApplicantType.CITIZEN, null, null, null, null, null, null),
                FormErrors.none());
    }

    @PostMapping("/register")
    String register(@ModelAttribute Registration form, Model model, Locale locale, RedirectAttributes redirect) {
        return forms.submit(() -> accounts.register(form), "/account/login?registered",
                errors -> registrationForm(model, form, errors), locale, redirect);
    }

    @GetMapping("/password")
    String passwordForm(Model model) {
        model.addAttribute("errors", FormErrors.none());
        return "portal/account/password";
    }

    @PostMapping("/password")
    String changePassword(@AuthenticationPrincipal ApplicantPrincipal applicant, @ModelAttribute PasswordChange form,
            Model model, Locale locale, RedirectAttributes redirect) {
        return forms.submit(() -> {
            accounts.changePassword(applicant.account(), form.currentPassword(), form.newPassword(),
                    form.newPasswordConfirmation());
            return "password";
        }, "/account/dossiers", errors -> {
            model.addAttribute("errors", errors);
            return "portal/account/password";
        }, locale, redirect);
    }

    /** Passwords are never sent back to the form; everything else is. */
    private static String registrationForm(Model model, Registration typed, FormErrors errors) {
        model.addAttribute("form", new Registration(typed.username(), typed.type(), typed.idNumber(), typed.fullName(), typed.email(),
                typed.phone(), null, null));
        model.addAttribute("types", ApplicantType.values());
        model.addAttribute("errors", errors);
        return "portal/account/register";
    }

    /** The password change form as typed. */
    record PasswordChange(String currentPassword, String newPassword, String newPasswordConfirmation) {
    }
}
