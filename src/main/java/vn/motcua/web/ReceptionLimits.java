package vn.motcua.web;

import java.util.List;
import vn.motcua.dossier.ComponentInput;
import vn.motcua.dossier.CounterReception;
import vn.motcua.platform.InputLimits;
import vn.motcua.platform.Problems;

/**
 * The limits of a counter reception (tiếp nhận tại quầy), from the API or the office form alike: what the
 * officer types besides the applicant (whose limits {@link vn.motcua.dossier.Applicant#check} holds) stays
 * small enough that the dossier page, its receipt and its tracking sheet are cheap to draw.
 */
public final class ReceptionLimits {

    private ReceptionLimits() {
    }

    /** The reception as given, or a refusal naming every problem of the applicant and every field past its limit. */
    public static CounterReception checked(CounterReception reception) {
        Problems problems = new Problems();
        if (reception.applicant() != null) {
            reception.applicant().check("applicant.", problems);
        }
        check(reception, problems);
        problems.throwIfAny();
        return reception;
    }

    /** Records every field past its limit, so that a form shows them beside its other problems. */
    public static void check(CounterReception reception, Problems problems) {
        InputLimits.line(problems, "submitterName", reception.submitterName(), InputLimits.NAME);
        InputLimits.line(problems, "submitterIdNumber", reception.submitterIdNumber(), InputLimits.CONTACT);
        InputLimits.multiline(problems, "returnAddress", reception.returnAddress(), InputLimits.ADDRESS);
        InputLimits.multiline(problems, "summary", reception.summary(), InputLimits.REASON);
        InputLimits.list(problems, "components", reception.components(), InputLimits.LIST);
        List<ComponentInput> components = reception.components() == null ? List.of() : reception.components();
        for (int i = 0; i < components.size() && i < InputLimits.LIST; i++) {
            component(problems, "components[" + i + "].", components.get(i));
        }
    }

    private static void component(Problems problems, String prefix, ComponentInput component) {
        if (component == null) {
            return;
        }
        InputLimits.line(problems, prefix + "name", component.name(), InputLimits.NAME);
        InputLimits.count(problems, prefix + "originals", component.originals(), InputLimits.COPIES);
        InputLimits.count(problems, prefix + "copies", component.copies(), InputLimits.COPIES);
    }
}
