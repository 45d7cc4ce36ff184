package vn.motcua.dossier.internal;

import java.util.Arrays;
import org.springframework.util.StringUtils;
import vn.motcua.dossier.ActionRefusedException;
import vn.motcua.dossier.Actor;
import vn.motcua.platform.UserInputException;

/** Checks the handlers share: whose unit acts, and the reasons an action must give. */
final class Guards {

    private Guards() {
    }

    /** An officer acts only for one of {@code units}; an applicant or a system is not refused here. */
    static void requireUnit(Actor actor, String... units) {
        if (actor.isOfficer() && !Arrays.asList(units).contains(actor.unit())) {
            throw new ActionRefusedException("dossier.unit.notYours", units[units.length - 1]);
        }
    }

    /** The reason {@code field} carries, stripped; refused when blank. */
    static String required(String text, String field) {
        if (!StringUtils.hasText(text)) {
            throw new UserInputException(field, "dossier.reason.required");
        }
        return text.strip();
    }
}
