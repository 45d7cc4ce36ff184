package vn.motcua.web.api;

import org.springframework.http.ResponseEntity;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.delivery.PostalMessages;
import vn.motcua.delivery.VnPostSimulator;
import vn.motcua.platform.InputLimits;

/**
 * VNPost's simulator as VNPost is reached ({@link PostalMessages}): {@code POST …/orders} (an order number of
 * 1–80 characters, names and phones within {@link InputLimits#NAME}/{@link InputLimits#CONTACT}, addresses
 * within {@link InputLimits#ADDRESS}, a COD amount from 0 to {@link InputLimits#MAX_AMOUNT_VND}; else 400),
 * {@code GET …/orders/{OrderNumber}} (404 when unknown). 503 while "down", 500 while "duplicate". Not there
 * (404) when a real VNPost is set.
 */
@RestController
class VnPostSimulatorEndpoint {

    private static final int ORDER_NUMBER_LENGTH = 80;

    private final VnPostSimulator simulator;

    VnPostSimulatorEndpoint(VnPostSimulator simulator) {
        this.simulator = simulator;
    }

    @PostMapping(VnPostSimulator.PATH + "/orders")
    ResponseEntity<PostalMessages.OrderAnswer> order(@RequestBody PostalMessages.Order order)
            throws InterruptedException {
        if (!simulator.active()) {
            return ResponseEntity.notFound().build();
        }
        if (!valid(order)) {
            return ResponseEntity.badRequest().build();
        }
        VnPostSimulator.Reply<PostalMessages.OrderAnswer> reply = simulator.order(order.order());
        return ResponseEntity.status(reply.status()).body(reply.answer());
    }

    @GetMapping(VnPostSimulator.PATH + "/orders/{orderNumber}")
    ResponseEntity<PostalMessages.Status> track(@PathVariable String orderNumber) {
        if (!simulator.active()) {
            return ResponseEntity.notFound().build();
        }
        VnPostSimulator.Reply<PostalMessages.Status> reply = simulator.track(orderNumber);
        return ResponseEntity.status(reply.status()).body(reply.answer());
    }

    private static boolean valid(PostalMessages.Order o) {
        return o != null && StringUtils.hasText(o.orderNumber()) && o.orderNumber().length() <= ORDER_NUMBER_LENGTH
                && o.codAmount() >= 0 && o.codAmount() <= InputLimits.MAX_AMOUNT_VND && valid(o.sender())
                && valid(o.receiver())
                && (o.description() == null || o.description().length() <= InputLimits.ADDRESS);
    }

    private static boolean valid(PostalMessages.Party p) {
        return p != null && StringUtils.hasText(p.name()) && p.name().length() <= InputLimits.NAME
                && StringUtils.hasText(p.address()) && p.address().length() <= InputLimits.ADDRESS
                && (p.phone() == null || p.phone().length() <= InputLimits.CONTACT)
                && (p.provinceCode() == null || p.provinceCode().length() <= 10)
                && (p.communeCode() == null || p.communeCode().length() <= 10);
    }
}
