package vn.motcua.web.admin;

import java.io.Serializable;
import vn.motcua.catalog.Procedure;

/**
 * What the notice after saving a procedure says: its code and the version saved. The notice travels
 * in the session (shared by every node), so it carries these two values, not the whole procedure.
 *
 * @param code national procedure code
 * @param version the version number saved
 */
record SavedVersion(String code, int version) implements Serializable {

    static SavedVersion of(Procedure procedure) {
        return new SavedVersion(procedure.code(), procedure.version());
    }
}
