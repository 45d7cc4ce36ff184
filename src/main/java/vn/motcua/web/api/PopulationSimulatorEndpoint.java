package vn.motcua.web.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.platform.InputLimits;
import vn.motcua.platform.Problems;
import vn.motcua.population.PopulationGateway;
import vn.motcua.population.PopulationGatewaySimulator;

/**
 * The population database simulator as the province's data-sharing gateway is reached: a look-up in JSON
 * in, {@code {"MaLoi", "MoTa", "CongDan"}} out; 503 while "down". Not there (404) when a real gateway is set.
 */
@RestController
class PopulationSimulatorEndpoint {

    private final PopulationGatewaySimulator simulator;

    PopulationSimulatorEndpoint(PopulationGatewaySimulator simulator) {
        this.simulator = simulator;
    }

    @PostMapping(PopulationGatewaySimulator.PATH + "/lookup")
    ResponseEntity<PopulationGateway.Answer> lookUp(@RequestBody PopulationGateway.Request request)
            throws InterruptedException {
        if (!simulator.active()) {
            return ResponseEntity.notFound().build();
        }
        Problems problems = new Problems();
        problems.when(request.idNumber() == null || !request.idNumber().matches("\\d{12}"), "SoDinhDanh",
                "population.idNumber.invalid");
        problems.when(request.birthYear() == null, "Nam", "population.simulator.required");
        InputLimits.line(problems, "HoVaTen", request.fullName(), InputLimits.NAME);
        InputLimits.line(problems, "MaCanBo", request.officerCode(), InputLimits.NAME);
        InputLimits.line(problems, "MaYeuCau", request.requestId(), InputLimits.NAME);
        problems.throwIfAny();
        PopulationGateway.Answer answer = simulator.lookUp(request);
        return answer == null ? ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).build() : ResponseEntity.ok(answer);
    }
}
