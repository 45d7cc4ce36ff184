package vn.motcua.web.api;

import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.motcua.payment.PaymentPlatformSimulator;
import vn.motcua.payment.PlatformMessages;

/**
 * The payment platform simulator's API, as the platform's is reached: {@code POST /init} takes an order,
 * {@code POST /query} answers a status query, {@code GET /settlement?date=YYYY-MM-DD} is the day's settlement
 * report. Not there (404) when a real platform is set.
 */
@RestController
@RequestMapping(PaymentPlatformSimulator.PATH)
class PaymentPlatformSimulatorEndpoint {

    private final PaymentPlatformSimulator simulator;

    PaymentPlatformSimulatorEndpoint(PaymentPlatformSimulator simulator) {
        this.simulator = simulator;
    }

    @PostMapping("/init")
    ResponseEntity<PlatformMessages.InitAnswer> init(@RequestBody PlatformMessages.Init order) {
        if (!simulator.active()) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok(simulator.init(order,
                ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString()));
    }

    @PostMapping("/query")
    ResponseEntity<PlatformMessages.QueryAnswer> query(@RequestBody PlatformMessages.Query query) {
        return simulator.active() ? ResponseEntity.ok(simulator.query(query)) : ResponseEntity.notFound().build();
    }

    @GetMapping("/settlement")
    ResponseEntity<List<PlatformMessages.SettlementLine>> settlement(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return simulator.active() ? ResponseEntity.ok(simulator.settlement(date)) : ResponseEntity.notFound().build();
    }
}
