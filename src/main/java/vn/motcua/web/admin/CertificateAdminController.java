package vn.motcua.web.admin;

import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.organization.ProvinceCalendar;
import vn.motcua.result.Certificates;
import vn.motcua.result.RevocationReason;

/**
 * Administrators' page of the certificates the application signs with: holder, issuer, serial,
 * validity, revoked or not; revoking one (with a reason) and issuing a holder a new one.
 */
@Controller
@RequestMapping("/admin/certificates")
class CertificateAdminController {

    private final Certificates certificates;
    private final ProvinceCalendar calendar;
    private final java.time.Clock clock;

    CertificateAdminController(Certificates certificates, ProvinceCalendar calendar, java.time.Clock clock) {
        this.certificates = certificates;
        this.calendar = calendar;
        this.clock = clock;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("certificates", certificates.all());
        model.addAttribute("reasons", RevocationReason.values());
        model.addAttribute("now", clock.instant());
        model.addAttribute("when", new NotificationAdminController.Moments(calendar.calendar().workingHours().zone()));
        return "admin/certificates";
    }

    @PostMapping("/{serial}/revoke")
    String revoke(@PathVariable String serial, @RequestParam RevocationReason reason, Principal admin,
            RedirectAttributes redirect) {
        certificates.revoke(serial, reason, admin.getName());
        redirect.addFlashAttribute("revoked", serial);
        return "redirect:/admin/certificates";
    }

    @PostMapping("/{serial}/reissue")
    String reissue(@PathVariable String serial, RedirectAttributes redirect) {
        redirect.addFlashAttribute("reissued", certificates.reissue(serial).serial());
        return "redirect:/admin/certificates";
    }
}
