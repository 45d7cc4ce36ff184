package vn.motcua.web.api;

import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.nationalportal.Emc;
import vn.motcua.nationalportal.EmcSimulator;
import vn.motcua.nationalportal.NationalPortal.Answer;

/**
 * The EMC monitoring system's simulator as EMC is reached: {@code POST …/events} with {@code {"data":
 * [events]}} (1–10 events, each with a {@code MaHoSo} of at most 60 characters); answered {@code
 * {"error_code", "message"}}, 400 with error_code 1 past those limits, 503 while "down", 500 while
 * "duplicate". Not there (404) when the real EMC is set.
 */
@RestController
class EmcSimulatorEndpoint {

    private static final int CODE_LENGTH = 60;

    /** {@code {"data": [events]}}. */
    record Events(List<Map<String, Object>> data) {
    }

    private final EmcSimulator simulator;

    EmcSimulatorEndpoint(EmcSimulator simulator) {
        this.simulator = simulator;
    }

    @PostMapping(EmcSimulator.PATH + "/events")
    ResponseEntity<Answer> events(@RequestBody Events message) throws InterruptedException {
        if (!simulator.active()) {
            return ResponseEntity.notFound().build();
        }
        List<Map<String, Object>> events = message.data();
        if (events == null || events.isEmpty() || events.size() > Emc.BATCH
                || !events.stream().allMatch(e -> e != null && e.get("MaHoSo") instanceof String code
                        && !code.isBlank() && code.length() <= CODE_LENGTH)) {
            return ResponseEntity.badRequest().body(new Answer(Answer.INVALID,
                    "Invalid message: 1–" + Emc.BATCH + " events, each with MaHoSo (≤ " + CODE_LENGTH + ")"));
        }
        EmcSimulator.Reply reply = simulator.receive(events);
        return reply.answer() == null ? ResponseEntity.status(reply.status()).build()
                : ResponseEntity.status(reply.status()).body(reply.answer());
    }
}
