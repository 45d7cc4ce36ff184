package vn.motcua.nationalcatalog.internal;

import java.util.List;
import vn.motcua.catalog.ProcedureForm;
import vn.motcua.catalog.ProcedureLevel;
import vn.motcua.nationalcatalog.Adoption;
import vn.motcua.nationalcatalog.NationalProcedure;

/**
 * The catalog's procedure form filled from a national listing: what the national database says (name, field,
 * result, where it is handled) over the province's own parts (steps, components, time limit, fees, units,
 * internal process), which the national listing does not carry.
 */
public final class AdoptionForms {

    private AdoptionForms() {
    }

    /** A new procedure's form: the national parts filled in, the province's left for the administrator. */
    public static ProcedureForm forNew(NationalProcedure national) {
        ProcedureForm blank = ProcedureForm.blank();
        return new ProcedureForm(national.code(), national.name(), national.field(), level(national).code(),
                blank.agency(), blank.steps(), blank.methods(), blank.components(), blank.timeLimitValue(),
                blank.timeLimitUnit(), blank.timeLimitNote(), blank.timeLimitSameDay(), blank.applicants(),
                blank.units(), blank.feesUnknown(), blank.fees(), blank.onlineLevel(), text(national.result()),
                blank.resultPaperRequired(), blank.resultLeaderSigns(), "", "", "", "", blank.process(),
                source(national));
    }

    /** The next version of a procedure the province has: its current parts with the national change applied. */
    public static ProcedureForm forChange(ProcedureForm current, NationalProcedure national, Adoption decision) {
        return new ProcedureForm(current.code(), national.name(), national.field(), current.level(), current.agency(),
                current.steps(), current.methods(), current.components(), current.timeLimitValue(),
                current.timeLimitUnit(), current.timeLimitNote(), current.timeLimitSameDay(), current.applicants(),
                current.units(), current.feesUnknown(), current.fees(), current.onlineLevel(),
                national.result() == null ? current.resultDocument() : national.result(),
                current.resultPaperRequired(), current.resultLeaderSigns(), decision.decisionNumber(),
                decision.decisionSignedOn(), decision.decisionEffectiveFrom(),
                decision.legalBasis() == null || decision.legalBasis().isBlank() ? current.legalBasis()
                        : decision.legalBasis(),
                current.process(), String.join("\n", List.of(text(current.source()), source(national))).strip());
    }

    /** Province when the national listing names it, else commune: where the province handles it. */
    private static ProcedureLevel level(NationalProcedure national) {
        return national.levels().contains("Cấp tỉnh") ? ProcedureLevel.PROVINCE : ProcedureLevel.COMMUNE;
    }

    private static String source(NationalProcedure national) {
        return "CSDL quốc gia về TTHC: " + text(national.source()) + " (" + text(national.decision()) + ")";
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
