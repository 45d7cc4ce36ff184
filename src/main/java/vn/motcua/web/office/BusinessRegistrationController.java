package vn.motcua.web.office;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierView;
import vn.motcua.organization.OfficerPrincipal;
import vn.motcua.platform.InputLimits;
import vn.motcua.platform.Problems;
import vn.motcua.specialised.BusinessRegistrations;
import vn.motcua.web.HandlingOfficer;

/**
 * The business registry part of the office dossier page, for a household business dossier: send it to the
 * registry, see the exchange (sent, attempts and the last error while the registry is down, the registration
 * number), and make the registry's certificate the dossier's result. A refusal shows on the dossier page's
 * error summary like any refused action (the page's handler turns it into a 400 page).
 */
@Controller
@RequestMapping("/office/dossiers/{code}/business-registration")
class BusinessRegistrationController {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final BusinessRegistrations registrations;

    BusinessRegistrationController(BusinessRegistrations registrations) {
        this.registrations = registrations;
    }

    @PostMapping
    String send(@AuthenticationPrincipal OfficerPrincipal officer, @PathVariable String code,
            RedirectAttributes redirect) {
        registrations.send(HandlingOfficer.of(officer), code);
        redirect.addFlashAttribute("registrySent", true);
        return "redirect:/office/dossiers/" + code + "#business-registration";
    }

    @PostMapping("/result")
    String attach(@AuthenticationPrincipal OfficerPrincipal officer, @PathVariable String code,
            @RequestParam int lockVersion, @RequestParam(required = false) String note, RedirectAttributes redirect) {
        InputLimits.multiline(new Problems(), "note", note, InputLimits.REASON).throwIfAny();
        registrations.attachCertificate(HandlingOfficer.of(officer), code, lockVersion, note);
        redirect.addFlashAttribute("registryAttached", true);
        return "redirect:/office/dossiers/" + code + "#business-registration";
    }

    /** Adds {@code registry} (the exchange, or null), {@code registryHandles} and {@code registrySendable}. */
    void addTo(Model model, DossierView dossier) {
        boolean handles = registrations.handles(dossier.procedureCode());
        var exchange = handles ? registrations.of(dossier.code()).orElse(null) : null;
        model.addAttribute("registryHandles", handles);
        model.addAttribute("registry", exchange);
        model.addAttribute("registrySendable", handles && exchange == null
                && dossier.status() == DossierStatus.PROCESSING);
        model.addAttribute("registryTime", new Moments());
    }

    /** Local times for the panel. */
    static final class Moments {

        public String of(Instant instant) {
            return instant == null ? "" : FORMAT.format(instant.atZone(VIETNAM));
        }
    }
}
