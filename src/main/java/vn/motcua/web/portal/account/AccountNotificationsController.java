package vn.motcua.web.portal.account;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.identity.ApplicantAccount;
import vn.motcua.identity.ApplicantPrincipal;
import vn.motcua.notification.ChannelChoice;
import vn.motcua.notification.NotificationChoices;

/**
 * A citizen's defaults for notifications: the channels ticked on their next online submissions,
 * where they can still change them for that dossier.
 */
@Controller
@RequestMapping("/account/notifications")
class AccountNotificationsController {

    private final NotificationChoices choices;

    AccountNotificationsController(NotificationChoices choices) {
        this.choices = choices;
    }

    @GetMapping
    String form(@AuthenticationPrincipal ApplicantPrincipal applicant, Model model) {
        ApplicantAccount account = applicant.account();
        model.addAttribute("account", account);
        model.addAttribute("choice", choices.accountDefaults(account.id()).orElse(new ChannelChoice(true, true)));
        return "portal/account/notifications";
    }

    @PostMapping
    String save(@AuthenticationPrincipal ApplicantPrincipal applicant,
            @RequestParam(defaultValue = "false") boolean email, @RequestParam(defaultValue = "false") boolean sms,
            RedirectAttributes redirect) {
        choices.saveAccountDefaults(applicant.account().id(), new ChannelChoice(email, sms));
        redirect.addFlashAttribute("saved", true);
        return "redirect:/account/notifications";
    }
}
