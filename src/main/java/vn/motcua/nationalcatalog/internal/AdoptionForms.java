package vn.motcua.nationalcatalog.internal;

import java.util.stream.Collectors;
import java.util.stream.Stream;
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

    private static final String SOURCE_LINE = "CSDL quốc gia về TTHC: ";

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
                current.process(), adoptedSource(current.source(), national));
    }

    /** Province when the national listing names it, else commune: where the province handles it. */
    private static ProcedureLevel level(NationalProcedure national) {
        return national.levels().contains("Cấp tỉnh") ? ProcedureLevel.PROVINCE : ProcedureLevel.COMMUNE;
    }

    private static String source(NationalProcedure national) {
        return SOURCE_LINE + text(national.source()) + " (" + text(national.decision()) + ")";
    }

    /** The version's source with its line about the national listing replaced, so adoptions never pile lines up. */
    private static String adoptedSource(String current, NationalProcedure national) {
        return Stream.concat(text(current).lines().filter(line -> !line.startsWith(SOURCE_LINE)),
                Stream.of(source(national))).collect(Collectors.joining("\n")).strip();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
