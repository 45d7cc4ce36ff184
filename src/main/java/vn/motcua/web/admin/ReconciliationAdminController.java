package vn.motcua.web.admin;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.organization.OfficerPrincipal;
import vn.motcua.organization.ProvinceCalendar;
import vn.motcua.payment.ReconciliationRun;
import vn.motcua.payment.Reconciliations;
import vn.motcua.payment.SettlementUnavailableException;
import vn.motcua.platform.UserInputException;
import vn.motcua.web.FormErrors;

/**
 * Administrators' page of the daily reconciliation (đối soát) with the payment platform: the last runs, a
 * "run now" for a chosen day, and every difference found, open ones first, each resolved with a mandatory
 * note (who and when are kept with it).
 */
@Controller
@RequestMapping("/admin/reconciliation")
class ReconciliationAdminController {

    private static final int RUNS_SHOWN = 10;

    private final Reconciliations reconciliations;
    private final ProvinceCalendar calendar;
    private final MessageSource messages;
    private final Clock clock;

    ReconciliationAdminController(Reconciliations reconciliations, ProvinceCalendar calendar, MessageSource messages,
            Clock clock) {
        this.clock = clock;
        this.reconciliations = reconciliations;
        this.calendar = calendar;
        this.messages = messages;
    }

    @GetMapping
    String page(Model model) {
        return page(model, FormErrors.none(), null, null, "");
    }

    @PostMapping("/run")
    String run(@AuthenticationPrincipal OfficerPrincipal administrator, @RequestParam(defaultValue = "") String day,
            Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            ReconciliationRun run = reconciliations.run(parse(day), administrator.getUsername());
            redirect.addFlashAttribute("ran", run.day().toString());
            redirect.addFlashAttribute("ranDifferences", run.differences());
            return "redirect:/admin/reconciliation";
        } catch (UserInputException refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, FormErrors.of(refused, messages, locale), day, null, "");
        } catch (SettlementUnavailableException unavailable) {
            response.setStatus(HttpServletResponse.SC_BAD_GATEWAY);
            return page(model, FormErrors.of(new UserInputException("day", "reconciliation.unavailable", day),
                    messages, locale), day, null, "");
        }
    }

    @PostMapping("/{id}/resolve")
    String resolve(@AuthenticationPrincipal OfficerPrincipal administrator, @PathVariable long id,
            @RequestParam(defaultValue = "") String note, Model model, Locale locale, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            reconciliations.resolve(id, administrator.getUsername(), note);
            redirect.addFlashAttribute("resolved", id);
            return "redirect:/admin/reconciliation";
        } catch (UserInputException refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, FormErrors.of(refused, messages, locale), null, id, note);
        }
    }

    private static LocalDate parse(String day) {
        try {
            return LocalDate.parse(day.strip());
        } catch (DateTimeParseException notADate) {
            throw new UserInputException("day", "reconciliation.day.invalid");
        }
    }

    /**
     * @param typedDay the day typed in "run now", shown again after a refusal
     * @param failedId the difference whose resolution was refused, whose form shows {@code typedNote} again
     */
    private String page(Model model, FormErrors errors, String typedDay, Long failedId, String typedNote) {
        model.addAttribute("runs", reconciliations.lastRuns(RUNS_SHOWN));
        model.addAttribute("differences", reconciliations.differences());
        model.addAttribute("errors", errors);
        model.addAttribute("day", typedDay != null ? typedDay
                : LocalDate.now(clock.withZone(calendar.calendar().workingHours().zone())).minusDays(1).toString());
        model.addAttribute("failedId", failedId);
        model.addAttribute("typedNote", typedNote);
        model.addAttribute("when", new NotificationAdminController.Moments(calendar.calendar().workingHours().zone()));
        return "admin/reconciliation";
    }
}
