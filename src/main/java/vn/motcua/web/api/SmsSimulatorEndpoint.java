package vn.motcua.web.api;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.notification.SmsMessage;
import vn.motcua.notification.SmsSimulator;
import vn.motcua.platform.InputLimits;
import vn.motcua.platform.Problems;
import vn.motcua.platform.SimulatorAnswer;

/**
 * The SMS simulator as a gateway is reached: JSON {@code {"id", "to", "text"}} in, {@code {"id",
 * "status"}} out (ACCEPTED or DUPLICATE), 503 while "down", 500 while "duplicate". Not there (404)
 * when a real gateway is set.
 */
@RestController
class SmsSimulatorEndpoint {

    private final SmsSimulator simulator;

    SmsSimulatorEndpoint(SmsSimulator simulator) {
        this.simulator = simulator;
    }

    @PostMapping(SmsSimulator.PATH)
    ResponseEntity<Map<String, String>> receive(@RequestBody SmsMessage message) throws InterruptedException {
        if (!simulator.active()) {
            return ResponseEntity.notFound().build();
        }
        Problems problems = new Problems();
        problems.when(blank(message.id()), "id", "notifications.sms.required");
        problems.when(blank(message.to()), "to", "notifications.sms.required");
        problems.when(blank(message.text()), "text", "notifications.sms.required");
        InputLimits.line(problems, "id", message.id(), InputLimits.NAME);
        InputLimits.line(problems, "to", message.to(), InputLimits.CONTACT);
        InputLimits.multiline(problems, "text", message.text(), InputLimits.REASON);
        problems.throwIfAny();
        SimulatorAnswer answer = simulator.receive(message);
        return switch (answer) {
            case ACCEPTED, DUPLICATE -> ResponseEntity.ok(Map.of("id", message.id(), "status", answer.name()));
            case UNAVAILABLE -> ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).build();
            case ERROR -> ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).build();
        };
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
