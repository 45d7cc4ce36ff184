package vn.motcua.platform;

import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/** Tells the seeders whether this installation wants the demo province. */
@Component
public class DemoMode {

    private final boolean enabled;

    DemoMode(DemoProperties demo, DatabaseProperties database) {
        this.enabled = StringUtils.hasText(demo.seed()) ? Boolean.parseBoolean(demo.seed().trim()) : database.embedded();
    }

    /** True when the demo province should be seeded (each seeder still seeds only an empty table). */
    public boolean enabled() {
        return enabled;
    }
}
