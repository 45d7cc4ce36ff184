package vn.motcua.nationalcatalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.platform.SimulatedSystem;
import vn.motcua.platform.SimulatorMode;

/**
 * The demo's national procedure database (served under {@link #PATH}, wired unless
 * {@code motcua.national-catalog.url} is set): it serves the listing bundled with the application
 * ({@code national-catalog/catalog.national.json}, 2,642 procedures), or another list a test or the demo sets,
 * to show what a change at the ministries looks like. It can misbehave: DOWN answers 503, SLOW answers after
 * the caller stopped waiting, DUPLICATE serves every procedure twice (the sync must keep each once).
 */
@Service
public class NationalCatalogSimulator extends SimulatedSystem<SimulatorMode> {

    /** Where the simulator is reached. */
    public static final String PATH = "/simulator/national-catalog";

    private final List<NationalProcedure> bundled;
    private volatile List<NationalProcedure> served;

    NationalCatalogSimulator(@Value("${motcua.national-catalog.simulator-delay}") Duration slowDelay,
            @Value("${motcua.national-catalog.url:}") String url, JsonMapper json) {
        super(slowDelay, url, SimulatorMode.UP);
        this.bundled = read(json);
        this.served = bundled;
    }

    /** The bundled listing, as the real database listed it when the demo data was taken. */
    public List<NationalProcedure> bundled() {
        return bundled;
    }

    /** Serves {@code procedures} from now on: a ministry published, changed or withdrew some. */
    public void serve(List<NationalProcedure> procedures) {
        this.served = List.copyOf(procedures);
    }

    /** Serves the bundled listing again. */
    public void reset() {
        this.served = bundled;
    }

    /** What the database answers now as the mode says, or null while down (the endpoint answers 503). */
    public List<NationalProcedure> procedures() throws InterruptedException {
        SimulatorMode now = mode();
        if (now == SimulatorMode.DOWN) {
            return null;
        }
        if (now == SimulatorMode.SLOW) {
            slowDown();
        }
        List<NationalProcedure> list = served;
        return now == SimulatorMode.DUPLICATE ? Stream.concat(list.stream(), list.stream()).toList() : list;
    }

    private static List<NationalProcedure> read(JsonMapper json) {
        try (InputStream in = new ClassPathResource("national-catalog/catalog.national.json").getInputStream()) {
            return List.of(json.readValue(in, NationalProcedure[].class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
