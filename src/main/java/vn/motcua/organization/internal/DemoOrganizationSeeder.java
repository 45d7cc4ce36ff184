package vn.motcua.organization.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.organization.Officer;
import vn.motcua.organization.Role;
import vn.motcua.organization.Unit;
import vn.motcua.platform.DemoMode;

/** Seeds the demo province's units and officers on first start, when demo mode is on and no unit exists. */
@Component
@Order(10)
class DemoOrganizationSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoOrganizationSeeder.class);

    private final DemoMode demoMode;
    private final UnitRepository units;
    private final OfficerRepository officers;
    private final PasswordEncoder passwordEncoder;

    DemoOrganizationSeeder(DemoMode demoMode, UnitRepository units, OfficerRepository officers,
            PasswordEncoder passwordEncoder) {
        this.demoMode = demoMode;
        this.units = units;
        this.officers = officers;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demoMode.enabled() || units.count() > 0) {
            return;
        }
        for (DemoOrganization.DemoUnit demo : DemoOrganization.UNITS) {
            String parent = demo.identifier().equals(DemoOrganization.PROVINCE) ? null : DemoOrganization.PROVINCE;
            units.insert(new Unit(demo.identifier(), demo.name(), demo.level(), demo.kind(), parent, true,
                    demo.postalAddress()));
        }
        String hash = passwordEncoder.encode(DemoOrganization.DEMO_PASSWORD);
        for (DemoOrganization.DemoOfficer demo : DemoOrganization.OFFICERS) {
            officers.insert(new Officer(demo.username(), demo.fullName(), Role.valueOf(demo.role()), demo.unit(),
                    demo.title(), true), hash);
        }
        log.info("Seeded the demo province: {} units, {} officers", DemoOrganization.UNITS.size(),
                DemoOrganization.OFFICERS.size());
    }
}
