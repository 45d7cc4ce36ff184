package vn.motcua.web.api;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.nationalcatalog.NationalCatalogSimulator;
import vn.motcua.nationalcatalog.NationalProcedure;

/**
 * The national procedure database simulator: its whole listing as a JSON array; 503 while "down". Not there
 * (404) when a real database is set.
 */
@RestController
class NationalCatalogSimulatorEndpoint {

    private final NationalCatalogSimulator simulator;

    NationalCatalogSimulatorEndpoint(NationalCatalogSimulator simulator) {
        this.simulator = simulator;
    }

    @GetMapping(NationalCatalogSimulator.PATH + "/procedures")
    ResponseEntity<List<NationalProcedure>> procedures() throws InterruptedException {
        if (!simulator.active()) {
            return ResponseEntity.notFound().build();
        }
        List<NationalProcedure> listing = simulator.procedures();
        return listing == null ? ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).build() : ResponseEntity.ok(listing);
    }
}
