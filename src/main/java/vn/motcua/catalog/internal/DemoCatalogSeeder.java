package vn.motcua.catalog.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.catalog.OnlineEnablement;
import vn.motcua.catalog.Procedure;
import vn.motcua.organization.UnitDirectory;
import vn.motcua.platform.DemoMode;

/**
 * Seeds the demo catalog on first start (demo mode on, catalog empty) from the public sample of 37
 * real procedures, after the demo units exist (order 20 &gt; 10).
 */
@Component
@Order(20)
class DemoCatalogSeeder implements ApplicationRunner {

    static final String SAMPLE = "seed/procedures.sample.json";
    /**
     * Procedures the demo offers online although the sample states no online level: household business
     * registration, which the national portal takes online. Recorded as the demo seed's own choice
     * ({@link #DEMO_CHOICE}), as an administrator's would be, so the admin page says who decided it.
     */
    static final Set<String> DEMO_ONLINE = Set.of("1.001612");
    static final String DEMO_CHOICE = "seed:demo";
    private static final Logger log = LoggerFactory.getLogger(DemoCatalogSeeder.class);

    private final DemoMode demoMode;
    private final ProcedureStore store;
    private final ProcedurePublishing publishing;
    private final UnitDirectory units;
    private final LocalCodes codes;
    private final JsonMapper json;
    private final Clock clock;

    DemoCatalogSeeder(DemoMode demoMode, ProcedureStore store, ProcedurePublishing publishing, UnitDirectory units,
            LocalCodes codes, JsonMapper json, Clock clock) {
        this.clock = clock;
        this.demoMode = demoMode;
        this.store = store;
        this.publishing = publishing;
        this.units = units;
        this.codes = codes;
        this.json = json;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demoMode.enabled() || store.countProcedures() > 0) {
            return;
        }
        DemoCatalogMapping mapping = new DemoCatalogMapping(units.all());
        int provincialNumber = 0;
        for (SeedRecord record : read()) {
            // The sample never invents codes; a procedure without one gets the province's own numbering.
            String code = record.code() != null ? record.code()
                    : "%s.%06d".formatted(codes.provinceCode(), ++provincialNumber);
            Procedure published = publishing.publish(mapping.map(record, code));
            if (DEMO_ONLINE.contains(code)) {
                store.enableOnline(published.versionId(), new OnlineEnablement(DEMO_CHOICE, clock.instant()));
            }
        }
        log.info("Seeded the demo catalog: {} procedures", store.countProcedures());
    }

    private SeedRecord[] read() {
        try (InputStream in = new ClassPathResource(SAMPLE).getInputStream()) {
            return json.readValue(in, SeedRecord[].class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + SAMPLE, e);
        }
    }
}
