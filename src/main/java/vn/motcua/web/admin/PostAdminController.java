package vn.motcua.web.admin;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.delivery.Deliveries;
import vn.motcua.delivery.DeliveryState;
import vn.motcua.delivery.PostSimulatorMode;
import vn.motcua.delivery.VnPostSimulator;
import vn.motcua.organization.ProvinceCalendar;
import vn.motcua.platform.UserInputException;
import vn.motcua.web.FormErrors;
import vn.motcua.web.PostalPanel;

/**
 * The post for the administrator: the latest orders to VNPost with their states, attempts and last error;
 * the simulator's mode; and, as VNPost's staff would, moving a parcel of the simulator along (each move is
 * called back to the province, unless the simulator is "late" or "down").
 */
@Controller
@RequestMapping("/admin/post")
class PostAdminController {

    private static final int SHOWN = 100;
    private static final int ORDER_NUMBER_LENGTH = 80;
    /** The states a parcel may be moved to by hand (registration is VNPost's answer to the order). */
    private static final List<DeliveryState> MOVES = List.of(DeliveryState.COLLECTING, DeliveryState.IN_TRANSIT,
            DeliveryState.DELIVERED, DeliveryState.CANCELLED);

    private final Deliveries deliveries;
    private final VnPostSimulator simulator;
    private final ProvinceCalendar calendar;
    private final MessageSource messages;

    PostAdminController(Deliveries deliveries, VnPostSimulator simulator, ProvinceCalendar calendar,
            MessageSource messages) {
        this.deliveries = deliveries;
        this.simulator = simulator;
        this.calendar = calendar;
        this.messages = messages;
    }

    @GetMapping
    String page(Model model) {
        return page(model, FormErrors.none());
    }

    @PostMapping("/mode")
    String mode(@RequestParam(required = false) String mode, Model model, Locale locale,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            simulator.setMode(Arrays.stream(PostSimulatorMode.values()).filter(m -> m.name().equals(mode))
                    .findFirst().orElseThrow(() -> new UserInputException("mode", "delivery.admin.mode.unknown")));
        } catch (UserInputException refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, FormErrors.of(refused, messages, locale));
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/admin/post";
    }

    @PostMapping("/advance")
    String advance(@RequestParam(defaultValue = "") String orderNumber, @RequestParam(defaultValue = "") String state,
            Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            if (orderNumber.isBlank() || orderNumber.length() > ORDER_NUMBER_LENGTH) {
                throw new UserInputException("orderNumber", "delivery.admin.orderNumber.invalid", ORDER_NUMBER_LENGTH);
            }
            DeliveryState to = MOVES.stream().filter(s -> s.name().equals(state)).findFirst()
                    .orElseThrow(() -> new UserInputException("state", "delivery.admin.state.unknown"));
            if (!simulator.advance(orderNumber, to)) {
                throw new UserInputException("orderNumber", "delivery.admin.noParcel", orderNumber);
            }
        } catch (UserInputException refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, FormErrors.of(refused, messages, locale));
        }
        redirect.addFlashAttribute("advanced", orderNumber);
        return "redirect:/admin/post";
    }

    private String page(Model model, FormErrors errors) {
        model.addAttribute("orders", deliveries.recent(SHOWN));
        model.addAttribute("postTimes", new PostalPanel.Times(calendar.calendar().workingHours().zone()));
        model.addAttribute("active", simulator.active());
        model.addAttribute("mode", simulator.mode());
        model.addAttribute("modes", PostSimulatorMode.values());
        model.addAttribute("moves", MOVES);
        model.addAttribute("errors", errors);
        return "admin/post";
    }
}
