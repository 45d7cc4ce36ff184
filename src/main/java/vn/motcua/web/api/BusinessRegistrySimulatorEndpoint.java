package vn.motcua.web.api;

import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.platform.InputLimits;
import vn.motcua.platform.Problems;
import vn.motcua.platform.SimulatorMode;
import vn.motcua.specialised.BusinessRegistry;
import vn.motcua.specialised.BusinessRegistrySimulator;

/**
 * The business registry simulator: a filing in JSON in, {@code {"MaLoi", "MaHoSoDKKD"}} out; a filing's answer by its
 * reference. 503 while "down", 500 after taking the filing while "duplicate". Not there (404) when a real registry is
 * set. Every text of a filing within the limits of a dossier's own fields (400 past them).
 */
@RestController
class BusinessRegistrySimulatorEndpoint {

    private final BusinessRegistrySimulator simulator;

    BusinessRegistrySimulatorEndpoint(BusinessRegistrySimulator simulator) {
        this.simulator = simulator;
    }

    @PostMapping(BusinessRegistrySimulator.PATH + "/filings")
    ResponseEntity<BusinessRegistry.Receipt> file(@RequestBody BusinessRegistry.Filing filing)
            throws InterruptedException {
        if (!simulator.active()) {
            return ResponseEntity.notFound().build();
        }
        Problems problems = new Problems();
        problems.when(filing.dossierCode() == null || filing.dossierCode().isBlank(), "MaHoSo", "specialised.simulator.required");
        InputLimits.line(problems, "MaHoSo", filing.dossierCode(), 60);
        InputLimits.line(problems, "MaTTHC", filing.procedureCode(), 60);
        InputLimits.line(problems, "ChuHoKinhDoanh", filing.ownerName(), InputLimits.NAME);
        InputLimits.line(problems, "SoDinhDanh", filing.ownerIdNumber(), InputLimits.CONTACT);
        InputLimits.line(problems, "DiaChi", filing.address(), InputLimits.ADDRESS);
        InputLimits.multiline(problems, "TrichYeu", filing.summary(), InputLimits.REASON);
        problems.throwIfAny();
        if (simulator.mode() == SimulatorMode.DOWN) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).build();
        }
        BusinessRegistry.Receipt receipt = simulator.file(filing);
        return receipt == null ? ResponseEntity.internalServerError().build() : ResponseEntity.ok(receipt);
    }

    @GetMapping(BusinessRegistrySimulator.PATH + "/filings/{reference}")
    ResponseEntity<BusinessRegistry.Answer> answer(@PathVariable String reference) throws InterruptedException {
        if (!simulator.active()) {
            return ResponseEntity.notFound().build();
        }
        Optional<BusinessRegistry.Answer> answer = simulator.answer(reference);
        if (answer == null) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).build();
        }
        return answer.map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.notFound().build());
    }
}
