package vn.motcua.web.admin;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.nationalportal.NationalPortal;
import vn.motcua.nationalportal.NationalPortalSimulator;
import vn.motcua.nationalportal.PortalSimulatorMode;
import vn.motcua.nationalportal.PortalSync;
import vn.motcua.organization.ProvinceCalendar;
import vn.motcua.platform.UserInputException;
import vn.motcua.web.FormErrors;

/**
 * The national portal sync for the administrator: the backlog, the oldest change not yet acknowledged,
 * failures by reason, parked changes with "send again", the simulator's mode; and the parity report of a
 * period (at most {@link #LONGEST_PERIOD_DAYS} days, the dossiers the portal is behind on, at most
 * {@link #SHOWN}).
 */
@Controller
@RequestMapping("/admin/national-portal")
class NationalPortalAdminController {

    private static final int SHOWN = 100;
    private static final int LONGEST_PERIOD_DAYS = 366;
    private static final int CODE_LENGTH = 60;

    private final PortalSync sync;
    private final NationalPortalSimulator simulator;
    private final ProvinceCalendar calendar;
    private final MessageSource messages;

    NationalPortalAdminController(PortalSync sync, NationalPortalSimulator simulator, ProvinceCalendar calendar,
            MessageSource messages) {
        this.sync = sync;
        this.simulator = simulator;
        this.calendar = calendar;
        this.messages = messages;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("backlog", sync.backlog());
        model.addAttribute("oldest", sync.oldestUndelivered().orElse(null));
        model.addAttribute("failures", sync.failuresByReason());
        model.addAttribute("reasons", NationalPortal.Failure.values());
        model.addAttribute("parked", sync.parked(SHOWN));
        model.addAttribute("inTimeHours", sync.inTime().toMinutes() / 60.0);
        model.addAttribute("active", simulator.active());
        model.addAttribute("mode", simulator.mode());
        model.addAttribute("modes", PortalSimulatorMode.values());
        model.addAttribute("when", moments());
        model.addAttribute("statuses", new Statuses());
        return "admin/national-portal";
    }

    @PostMapping("/mode")
    String mode(@RequestParam(required = false) String mode, RedirectAttributes redirect) {
        simulator.setMode(Arrays.stream(PortalSimulatorMode.values()).filter(m -> m.name().equals(mode))
                .findFirst().orElseThrow(() -> new UserInputException("mode", "national-sync.mode.unknown")));
        redirect.addFlashAttribute("saved", true);
        return "redirect:/admin/national-portal";
    }

    /** Sends the dossier's parked changes again ({@code dossier}: its code), or every parked one without it. */
    @PostMapping("/resend")
    String resend(@RequestParam(defaultValue = "") String dossier, RedirectAttributes redirect) {
        if (dossier.length() > CODE_LENGTH) {
            throw new UserInputException("dossier", "national-sync.dossier.tooLong", CODE_LENGTH);
        }
        redirect.addFlashAttribute("resent", dossier.isBlank() ? sync.resendAllParked() : sync.resend(dossier));
        return "redirect:/admin/national-portal";
    }

    @GetMapping("/parity")
    String parity(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            Model model, Locale locale, HttpServletResponse response) {
        LocalDate today = calendar.now().toLocalDate();
        model.addAttribute("from", from == null ? today.withDayOfMonth(1).toString() : from);
        model.addAttribute("to", to == null ? today.toString() : to);
        model.addAttribute("when", moments());
        model.addAttribute("statuses", new Statuses());
        try {
            LocalDate first = from == null ? today.withDayOfMonth(1) : date("from", from);
            LocalDate last = to == null ? today : date("to", to);
            if (last.isBefore(first) || ChronoUnit.DAYS.between(first, last) >= LONGEST_PERIOD_DAYS) {
                throw new UserInputException("to", "national-sync.parity.period", LONGEST_PERIOD_DAYS);
            }
            ZoneId zone = zone();
            model.addAttribute("parity", sync.parity(first.atStartOfDay(zone).toInstant(),
                    last.plusDays(1).atStartOfDay(zone).toInstant(), SHOWN));
            model.addAttribute("errors", FormErrors.none());
        } catch (UserInputException refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errors", FormErrors.of(refused, messages, locale));
        }
        return "admin/national-portal-parity";
    }

    private static LocalDate date(String field, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new UserInputException(field, "national-sync.parity.date");
        }
    }

    /** A dossier status by the portal's code (TrangThaiHoSo), as the pages name it: {@code dossier.status.*}. */
    record Statuses() {

        public String of(Integer code) {
            return code == null ? null : "dossier.status." + DossierStatus.ofCode(code).name();
        }
    }

    private NotificationAdminController.Moments moments() {
        return new NotificationAdminController.Moments(zone());
    }

    private ZoneId zone() {
        return calendar.calendar().workingHours().zone();
    }
}
