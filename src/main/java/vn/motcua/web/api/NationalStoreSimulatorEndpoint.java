package vn.motcua.web.api;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.datastore.NationalDataStore;
import vn.motcua.datastore.NationalStoreSimulator;
import vn.motcua.platform.InputLimits;
import vn.motcua.platform.Problems;
import vn.motcua.platform.SimulatorAnswer;

/**
 * The national data store simulator as the national store is reached: a document in JSON in,
 * {@code {"id", "status"}} out (ACCEPTED or DUPLICATE), an owner's documents out; 503 while "down", 500
 * while "duplicate". Not there (404) when a real national store is set.
 */
@RestController
class NationalStoreSimulatorEndpoint {

    private final NationalStoreSimulator simulator;

    NationalStoreSimulatorEndpoint(NationalStoreSimulator simulator) {
        this.simulator = simulator;
    }

    @PostMapping(NationalStoreSimulator.PATH + "/documents")
    ResponseEntity<Map<String, String>> push(@RequestBody NationalDataStore.NationalDocument document)
            throws InterruptedException {
        if (!simulator.active()) {
            return ResponseEntity.notFound().build();
        }
        Problems problems = new Problems();
        problems.when(blank(document.id()), "id", "datastore.national.required");
        problems.when(blank(document.ownerId()), "ownerId", "datastore.national.required");
        problems.when(blank(document.documentType()), "documentType", "datastore.national.required");
        problems.when(document.content() == null || document.content().length == 0, "content",
                "datastore.national.required");
        InputLimits.line(problems, "id", document.id(), InputLimits.NAME);
        InputLimits.line(problems, "ownerId", document.ownerId(), InputLimits.NAME);
        problems.throwIfAny();
        SimulatorAnswer answer = simulator.push(document);
        return switch (answer) {
            case ACCEPTED, DUPLICATE -> ResponseEntity.ok(Map.of("id", document.id(), "status", answer.name()));
            case UNAVAILABLE -> ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).build();
            case ERROR -> ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).build();
        };
    }

    @GetMapping(NationalStoreSimulator.PATH + "/owners/{ownerId}/documents")
    ResponseEntity<List<NationalDataStore.NationalDocument>> lookup(@PathVariable String ownerId) {
        if (!simulator.active()) {
            return ResponseEntity.notFound().build();
        }
        List<NationalDataStore.NationalDocument> found = simulator.lookup(ownerId);
        return found == null ? ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).build()
                : ResponseEntity.ok(found);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
