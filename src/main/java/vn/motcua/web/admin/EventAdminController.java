package vn.motcua.web.admin;

import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.events.EventDeliveries;
import vn.motcua.organization.ProvinceCalendar;

/**
 * Administrators' page of the deliveries of events to listeners that fail: what, since when, how many
 * attempts, the next one and the last error, with a retry now.
 */
@Controller
@RequestMapping("/admin/events")
class EventAdminController {

    private final EventDeliveries deliveries;
    private final ProvinceCalendar calendar;

    EventAdminController(EventDeliveries deliveries, ProvinceCalendar calendar) {
        this.deliveries = deliveries;
        this.calendar = calendar;
    }

    @GetMapping
    String failing(Model model) {
        model.addAttribute("deliveries", deliveries.failing());
        model.addAttribute("total", deliveries.countFailing());
        model.addAttribute("when", new NotificationAdminController.Moments(calendar.calendar().workingHours().zone()));
        return "admin/events";
    }

    @PostMapping("/{id}/retry")
    String retry(@PathVariable UUID id, RedirectAttributes redirect) {
        deliveries.retryNow(id);
        redirect.addFlashAttribute("retried", true);
        return "redirect:/admin/events";
    }
}
