package vn.motcua.catalog.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.catalog.DossierComponent;
import vn.motcua.catalog.EForm;
import vn.motcua.catalog.OnlineEnablement;
import vn.motcua.catalog.Procedure;
import vn.motcua.platform.DemoMode;
import vn.motcua.platform.Problems;

/**
 * Gives the demo catalog's ten procedures citizens use most their e-forms (biểu mẫu điện tử), after the catalog
 * is seeded (order 21 &gt; 20), once: only while no version has any, so an administrator's removal stays. Birth
 * registration, the e-form's first journey, is also offered online, as the demo seed's recorded choice.
 */
@Component
@Order(21)
class DemoEFormSeeder implements ApplicationRunner {

    static final String FORMS = "seed/eforms.demo.json";
    static final Set<String> DEMO_ONLINE = Set.of("1.001193");
    private static final Logger log = LoggerFactory.getLogger(DemoEFormSeeder.class);

    private final DemoMode demoMode;
    private final ProcedureStore procedures;
    private final EFormStore eforms;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    DemoEFormSeeder(DemoMode demoMode, ProcedureStore procedures, EFormStore eforms, JdbcClient jdbc,
            JsonMapper json, Clock clock) {
        this.demoMode = demoMode;
        this.procedures = procedures;
        this.eforms = eforms;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demoMode.enabled() || jdbc.sql("select count(*) from catalog_procedure_version where eform is not null")
                .query(Long.class).single() > 0) {
            return;
        }
        int seeded = 0;
        for (var entry : read().entrySet()) {
            Procedure procedure = procedures.inForce(entry.getKey()).orElse(null);
            if (procedure == null) {
                continue;
            }
            Problems problems = new Problems();
            entry.getValue().check(procedure.content().components().stream().map(DossierComponent::name).toList(),
                    problems);
            // A broken seed file is a bug of this release: it must fail loudly, not start without e-forms.
            problems.throwIfAny();
            eforms.save(procedure.versionId(), entry.getValue());
            if (DEMO_ONLINE.contains(entry.getKey()) && !procedure.offersOnline()) {
                procedures.enableOnline(procedure.versionId(),
                        new OnlineEnablement(DemoCatalogSeeder.DEMO_CHOICE, clock.instant()));
            }
            seeded++;
        }
        log.info("Seeded {} demo e-forms", seeded);
    }

    private Map<String, EForm> read() {
        try (InputStream in = new ClassPathResource(FORMS).getInputStream()) {
            return json.readValue(in, new TypeReference<Map<String, EForm>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + FORMS, e);
        }
    }
}
