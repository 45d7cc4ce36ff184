package vn.motcua;

import vn.motcua.organization.UnitDirectory;
import vn.motcua.organization.UnitForm;

/**
 * Units a test creates for itself, so that what it counts there (dossiers, index numbers) is its
 * own whatever other tests left in the shared database. Each test class uses its own identifier.
 */
public final class TestUnits {

    private TestUnits() {
    }

    /** A commune of the demo province, created unless an earlier run of the same test did it. */
    public static void commune(UnitDirectory units, String identifier, String name) {
        if (units.find(identifier).isEmpty()) {
            units.create(new UnitForm(identifier, name, "COMMUNE", "COMMUNE", "000.00.00.H18", true, ""));
        }
    }
}
