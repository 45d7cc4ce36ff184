package vn.motcua.population.internal;

import java.time.Clock;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.platform.DemoMode;

/**
 * The demo catalog's citizen procedures that need the applicant's residence or civil status, connected to the
 * population database as an administrator would connect them (recorded as {@link #DEMO_CHOICE}): birth,
 * marriage, death, marital status, civil-status changes, parentage, permanent and temporary residence, the
 * judicial record. Seeded once, into an empty table, in demo mode only.
 */
@Component
class DemoConnectionsSeeder implements ApplicationRunner {

    static final List<String> DEMO_CONNECTED = List.of("1.001193", "1.000894", "1.000656", "1.004873", "1.004859",
            "1.001022", "1.004222", "1.004194", "3.000333");
    static final String DEMO_CHOICE = "seed:demo";

    private final DemoMode demoMode;
    private final ConnectionStore store;
    private final Clock clock;

    DemoConnectionsSeeder(DemoMode demoMode, ConnectionStore store, Clock clock) {
        this.demoMode = demoMode;
        this.store = store;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (demoMode.enabled() && !store.any()) {
            DEMO_CONNECTED.forEach(code -> store.connect(code, DEMO_CHOICE, clock.instant()));
        }
    }
}
