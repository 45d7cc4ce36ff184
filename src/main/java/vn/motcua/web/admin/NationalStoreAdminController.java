package vn.motcua.web.admin;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.datastore.NationalPushQueue;
import vn.motcua.datastore.NationalStoreSimulator;
import vn.motcua.organization.ProvinceCalendar;
import vn.motcua.platform.SimulatorMode;
import vn.motcua.platform.UserInputException;

/**
 * The national data store for the administrator: the pushes waiting, failing (with the error and the
 * next attempt) and done, and the simulator's mode, to watch the outbox ride out an outage.
 */
@Controller
@RequestMapping("/admin/national-data-store")
class NationalStoreAdminController {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");
    private static final int SHOWN = 50;

    private final NationalStoreSimulator simulator;
    private final NationalPushQueue queue;
    private final ProvinceCalendar calendar;

    NationalStoreAdminController(NationalStoreSimulator simulator, NationalPushQueue queue,
            ProvinceCalendar calendar) {
        this.simulator = simulator;
        this.queue = queue;
        this.calendar = calendar;
    }

    @GetMapping
    String page(Model model) {
        ZoneId zone = calendar.calendar().workingHours().zone();
        model.addAttribute("active", simulator.active());
        model.addAttribute("mode", simulator.mode());
        model.addAttribute("modes", SimulatorMode.values());
        model.addAttribute("counts", queue.counts());
        model.addAttribute("failing", queue.failing(SHOWN).stream()
                .map(f -> new Row(f.resultCode(), f.attempts(), FORMAT.format(f.nextAttemptAt().atZone(zone)),
                        f.lastError()))
                .toList());
        return "admin/national-data-store";
    }

    @PostMapping("/mode")
    String mode(@RequestParam(required = false) String mode, RedirectAttributes redirect) {
        simulator.setMode(Arrays.stream(SimulatorMode.values()).filter(m -> m.name().equals(mode))
                .findFirst().orElseThrow(() -> new UserInputException("mode", "datastore.national.mode.unknown")));
        redirect.addFlashAttribute("saved", true);
        return "redirect:/admin/national-data-store";
    }

    /** A failing push as the page shows it. */
    record Row(String resultCode, int attempts, String nextAttempt, String lastError) {
    }
}
