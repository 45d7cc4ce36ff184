package vn.motcua.population;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import vn.motcua.platform.SimulatedSystem;
import vn.motcua.platform.SimulatorMode;
import vn.motcua.population.PopulationGateway.Answer;
import vn.motcua.population.PopulationGateway.Citizen;
import vn.motcua.population.internal.DemoPopulation;

/**
 * The demo's population database behind its data-sharing gateway (served under {@link #PATH}, wired unless
 * {@code motcua.population.gateway.url} is set): it knows the {@link DemoPopulation} and answers a look-up
 * whose ID number, year of birth and (when given) plain name all match one of them; anything else is not
 * found, as the real database answers. It can be made to misbehave: DOWN answers 503, SLOW answers after
 * the caller stopped waiting; DUPLICATE means nothing to a look-up, which changes nothing, and is DOWN here.
 */
@Service
public class PopulationGatewaySimulator extends SimulatedSystem<SimulatorMode> {

    /** Where the simulator is reached. */
    public static final String PATH = "/simulator/population";

    private final Map<String, Citizen> people = DemoPopulation.people().stream()
            .collect(Collectors.toUnmodifiableMap(Citizen::idNumber, Function.identity()));

    PopulationGatewaySimulator(@Value("${motcua.population.gateway.simulator-delay}") Duration slowDelay,
            @Value("${motcua.population.gateway.url:}") String url) {
        super(slowDelay, url, SimulatorMode.UP);
    }

    /** The demo population, in a fixed order: the demo and the tests take people from it. */
    public List<Citizen> population() {
        return DemoPopulation.people();
    }

    /**
     * The answer to a look-up as the current mode says, or null while down (the endpoint answers 503); SLOW
     * answers only after its delay.
     */
    public Answer lookUp(PopulationGateway.Request request) throws InterruptedException {
        SimulatorMode now = mode();
        if (now == SimulatorMode.DOWN || now == SimulatorMode.DUPLICATE) {
            return null;
        }
        if (now == SimulatorMode.SLOW) {
            slowDown();
        }
        Citizen citizen = people.get(request.idNumber());
        boolean matches = citizen != null && request.birthYear() != null
                && citizen.birthDate().getYear() == request.birthYear()
                && (request.fullName() == null || PlainName.of(citizen.fullName()).equals(PlainName.of(request.fullName())));
        return matches ? new Answer(Answer.FOUND, "Thành công", citizen)
                : new Answer(Answer.NOT_FOUND, "Không tìm thấy công dân", null);
    }
}
