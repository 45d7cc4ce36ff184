package vn.motcua.web.admin;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.nationalportal.AnsweringSimulator;
import vn.motcua.nationalportal.Destination;
import vn.motcua.nationalportal.EmcSimulator;
import vn.motcua.nationalportal.NationalPortal;
import vn.motcua.nationalportal.NationalPortalSimulator;
import vn.motcua.nationalportal.PortalSimulatorMode;
import vn.motcua.nationalportal.PortalSync;
import vn.motcua.organization.ProvinceCalendar;
import vn.motcua.platform.UserInputException;
import vn.motcua.web.FormErrors;

/**
 * The national portal sync and the EMC events for the administrator, one page each from the same outbox
 * ({@code /admin/national-portal}, {@code /admin/emc}): the backlog, the oldest change not yet acknowledged,
 * failures by reason, parked changes with "send again", the simulator's mode; and for the portal the parity
 * report of a period (at most {@link #LONGEST_PERIOD_DAYS} days, the dossiers the portal is behind on, at
 * most {@link #SHOWN}).
 */
@Controller
@RequestMapping("/admin")
class NationalPortalAdminController {

    private static final int SHOWN = 100;
    private static final int LONGEST_PERIOD_DAYS = 366;
    private static final int CODE_LENGTH = 60;
    /** The pages' addresses under /admin, one per destination. */
    private static final String SYSTEM = "{system:national-portal|emc}";

    /**
     * One destination's page: its address under /admin, its outbox, its simulator, and the prefix of the
     * messages that name it ({@code national-sync.*}, {@code emc.*}).
     */
    record Page(String path, Destination destination, AnsweringSimulator simulator, String messages) {
    }

    private final PortalSync sync;
    private final Map<String, Page> pages;
    private final ProvinceCalendar calendar;
    private final MessageSource messages;

    NationalPortalAdminController(PortalSync sync, NationalPortalSimulator portal, EmcSimulator emc,
            ProvinceCalendar calendar, MessageSource messages) {
        this.sync = sync;
        this.pages = Map.of("national-portal", new Page("national-portal", Destination.PORTAL, portal, "national-sync"),
                "emc", new Page("emc", Destination.EMC, emc, "emc"));
        this.calendar = calendar;
        this.messages = messages;
    }

    @GetMapping(SYSTEM)
    String page(@PathVariable String system, Model model) {
        Page page = pages.get(system);
        model.addAttribute("page", page);
        model.addAttribute("backlog", sync.backlog(page.destination()));
        model.addAttribute("oldest", sync.oldestUndelivered(page.destination()).orElse(null));
        model.addAttribute("failures", sync.failuresByReason(page.destination()));
        model.addAttribute("reasons", NationalPortal.Failure.values());
        model.addAttribute("parked", sync.parked(page.destination(), SHOWN));
        model.addAttribute("inTimeHours", sync.inTime().toMinutes() / 60.0);
        model.addAttribute("active", page.simulator().active());
        model.addAttribute("mode", page.simulator().mode());
        model.addAttribute("modes", PortalSimulatorMode.values());
        model.addAttribute("when", moments());
        model.addAttribute("statuses", new Statuses());
        return "admin/national-portal";
    }

    @PostMapping(SYSTEM + "/mode")
    String mode(@PathVariable String system, @RequestParam(required = false) String mode,
            RedirectAttributes redirect) {
        pages.get(system).simulator().setMode(Arrays.stream(PortalSimulatorMode.values())
                .filter(m -> m.name().equals(mode)).findFirst()
                .orElseThrow(() -> new UserInputException("mode", "national-sync.mode.unknown")));
        redirect.addFlashAttribute("saved", true);
        return "redirect:/admin/" + system;
    }

    /** Sends the dossier's parked changes again ({@code dossier}: its code), or every parked one without it. */
    @PostMapping(SYSTEM + "/resend")
    String resend(@PathVariable String system, @RequestParam(defaultValue = "") String dossier,
            RedirectAttributes redirect) {
        if (dossier.length() > CODE_LENGTH) {
            throw new UserInputException("dossier", "national-sync.dossier.tooLong", CODE_LENGTH);
        }
        Destination destination = pages.get(system).destination();
        redirect.addFlashAttribute("resent", dossier.isBlank() ? sync.resendAllParked(destination)
                : sync.resend(destination, dossier));
        return "redirect:/admin/" + system;
    }

    @GetMapping("/national-portal/parity")
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
