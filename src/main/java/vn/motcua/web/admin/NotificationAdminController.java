package vn.motcua.web.admin;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.notification.DemoMailbox;
import vn.motcua.notification.NotificationOutbox;
import vn.motcua.notification.SmsSimulator;
import vn.motcua.organization.ProvinceCalendar;
import vn.motcua.platform.NotFoundException;
import vn.motcua.platform.SimulatorMode;
import vn.motcua.platform.UserInputException;

/**
 * Administrators' notification pages: the messages that failed or wait for another attempt (with a
 * retry for those given up on), and in the demo the mailbox of the application's own mail server and
 * the SMS simulator's log and mode.
 */
@Controller
@RequestMapping("/admin/notifications")
class NotificationAdminController {

    private final NotificationOutbox outbox;
    private final DemoMailbox mailbox;
    private final SmsSimulator simulator;
    private final ProvinceCalendar calendar;

    NotificationAdminController(NotificationOutbox outbox, DemoMailbox mailbox, SmsSimulator simulator,
            ProvinceCalendar calendar) {
        this.outbox = outbox;
        this.mailbox = mailbox;
        this.simulator = simulator;
        this.calendar = calendar;
    }

    @GetMapping
    String outbox(Model model) {
        model.addAttribute("problems", outbox.problems());
        model.addAttribute("when", moments());
        return "admin/notifications/outbox";
    }

    @PostMapping("/{id}/retry")
    String retry(@PathVariable long id, RedirectAttributes redirect) {
        outbox.retry(id);
        redirect.addFlashAttribute("retried", id);
        return "redirect:/admin/notifications";
    }

    @GetMapping("/mailbox")
    String mailbox(Model model) {
        model.addAttribute("available", mailbox.available());
        model.addAttribute("mails", mailbox.all());
        model.addAttribute("when", moments());
        return "admin/notifications/mailbox";
    }

    @GetMapping("/mailbox/{number}")
    String mail(@PathVariable int number, Model model) {
        model.addAttribute("mail", mailbox.get(number)
                .orElseThrow(() -> new NotFoundException("notifications.mail.notFound", number)));
        model.addAttribute("when", moments());
        return "admin/notifications/mail";
    }

    @GetMapping("/sms")
    String sms(Model model) {
        model.addAttribute("active", simulator.active());
        model.addAttribute("mode", simulator.mode());
        model.addAttribute("modes", SimulatorMode.values());
        model.addAttribute("messages", simulator.received());
        model.addAttribute("when", moments());
        return "admin/notifications/sms";
    }

    @PostMapping("/sms/mode")
    String mode(@RequestParam(required = false) String mode, RedirectAttributes redirect) {
        simulator.setMode(Arrays.stream(SimulatorMode.values()).filter(m -> m.name().equals(mode)).findFirst()
                .orElseThrow(() -> new UserInputException("mode", "notifications.sms.mode.unknown")));
        redirect.addFlashAttribute("saved", true);
        return "redirect:/admin/notifications/sms";
    }

    private Moments moments() {
        return new Moments(calendar.calendar().workingHours().zone());
    }

    /** Instants as the province's clock shows them, for the pages. */
    record Moments(ZoneId zone) {

        private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

        public String of(Instant instant) {
            return instant == null ? "" : FORMAT.format(instant.atZone(zone));
        }
    }
}
