package vn.motcua.web.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.nationalportal.NationalPortal;
import vn.motcua.nationalportal.NationalPortal.Answer;
import vn.motcua.nationalportal.NationalPortalSimulator;

/**
 * The National Public Service Portal's simulator as the portal is reached (INTEGRATION.md): {@code POST
 * …/dossiers/add} and {@code …/dossiers/update} with {@code {"data": [dossier]}} (1–10 dossiers, each with a
 * {@code MaHoSo} of at most 60 characters), {@code POST …/progress} with {@code {"MaHoSo", "data": [entries]}}
 * (1–10 entries); answered {@code {"error_code", "message"}}, 400 with error_code 1 past those limits, 503
 * while "down", 500 while "duplicate". Not there (404) when the real portal is set.
 */
@RestController
class NationalPortalSimulatorEndpoint {

    private static final int CODE_LENGTH = 60;

    /** {@code {"data": [dossier]}}. */
    record Dossiers(List<Map<String, Object>> data) {
    }

    /** {@code {"MaHoSo", "data": [entries]}}. */
    record Progress(@JsonProperty("MaHoSo") String dossierCode, List<Map<String, Object>> data) {
    }

    private final NationalPortalSimulator simulator;

    NationalPortalSimulatorEndpoint(NationalPortalSimulator simulator) {
        this.simulator = simulator;
    }

    @PostMapping(NationalPortalSimulator.PATH + "/dossiers/add")
    ResponseEntity<Answer> add(@RequestBody Dossiers message) throws InterruptedException {
        return dossiers(message, true);
    }

    @PostMapping(NationalPortalSimulator.PATH + "/dossiers/update")
    ResponseEntity<Answer> update(@RequestBody Dossiers message) throws InterruptedException {
        return dossiers(message, false);
    }

    @PostMapping(NationalPortalSimulator.PATH + "/progress")
    ResponseEntity<Answer> progress(@RequestBody Progress message) throws InterruptedException {
        if (!simulator.active()) {
            return ResponseEntity.notFound().build();
        }
        if (!validCode(message.dossierCode()) || !validBatch(message.data())) {
            return invalid("MaHoSo (≤ " + CODE_LENGTH + ") and 1–" + NationalPortal.PROGRESS_BATCH + " entries");
        }
        return reply(simulator.progress(message.dossierCode(), message.data()));
    }

    private ResponseEntity<Answer> dossiers(Dossiers message, boolean add) throws InterruptedException {
        if (!simulator.active()) {
            return ResponseEntity.notFound().build();
        }
        if (!validBatch(message.data()) || !message.data().stream().allMatch(d -> validCode(d.get("MaHoSo")))) {
            return invalid("1–" + NationalPortal.PROGRESS_BATCH + " dossiers, each with MaHoSo (≤ " + CODE_LENGTH + ")");
        }
        NationalPortalSimulator.Reply last = null;
        for (Map<String, Object> dossier : message.data()) {
            last = add ? simulator.add(dossier) : simulator.update(dossier);
            if (last.answer() == null || !last.answer().ok()) {
                break;
            }
        }
        return reply(last);
    }

    private static boolean validBatch(List<?> items) {
        return items != null && !items.isEmpty() && items.size() <= NationalPortal.PROGRESS_BATCH
                && items.stream().allMatch(item -> item != null);
    }

    private static boolean validCode(Object code) {
        return code instanceof String text && !text.isBlank() && text.length() <= CODE_LENGTH;
    }

    private static ResponseEntity<Answer> invalid(String rule) {
        return ResponseEntity.badRequest().body(new Answer(Answer.INVALID, "Invalid message: " + rule));
    }

    private static ResponseEntity<Answer> reply(NationalPortalSimulator.Reply reply) {
        return reply.answer() == null ? ResponseEntity.status(reply.status()).build()
                : ResponseEntity.status(reply.status()).body(reply.answer());
    }
}
