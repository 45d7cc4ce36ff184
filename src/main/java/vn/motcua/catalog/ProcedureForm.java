package vn.motcua.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import vn.motcua.organization.Role;

/**
 * What an administrator types to publish a procedure or a new version of it, kept as typed (strings)
 * so that a refused form comes back unchanged; {@link CatalogAdministration} validates it. Repeating
 * parts are indexed rows; rows left entirely blank are ignored.
 */
public record ProcedureForm(
        String code,
        String name,
        String field,
        String level,
        String agency,
        String steps,
        List<String> methods,
        List<ComponentRow> components,
        String timeLimitValue,
        String timeLimitUnit,
        String timeLimitNote,
        Boolean timeLimitSameDay,
        List<String> applicants,
        List<String> units,
        Boolean feesUnknown,
        List<FeeRow> fees,
        String onlineLevel,
        String resultDocument,
        Boolean resultPaperRequired,
        Boolean resultLeaderSigns,
        String decisionNumber,
        String decisionSignedOn,
        String decisionEffectiveFrom,
        String legalBasis,
        List<StepRow> process,
        String source) {

    /** Rows offered for additions on a form page (no JavaScript needed to add a row). */
    public static final int BLANK_ROWS = 3;

    public ProcedureForm {
        // An unticked checkbox sends nothing: absent means false.
        feesUnknown = Boolean.TRUE.equals(feesUnknown);
        timeLimitSameDay = Boolean.TRUE.equals(timeLimitSameDay);
        resultPaperRequired = Boolean.TRUE.equals(resultPaperRequired);
        resultLeaderSigns = Boolean.TRUE.equals(resultLeaderSigns);
        methods = orEmpty(methods);
        components = orEmpty(components);
        applicants = orEmpty(applicants);
        units = orEmpty(units);
        fees = orEmpty(fees);
        process = orEmpty(process);
    }

    /** One dossier component as typed; {@code conditional} ticked when it is needed only in some cases. */
    public record ComponentRow(String name, String originals, String copies, String formTemplate, Boolean digitise,
            Boolean conditional) {

        public ComponentRow {
            digitise = Boolean.TRUE.equals(digitise);
            conditional = Boolean.TRUE.equals(conditional);
        }

        static final ComponentRow BLANK = new ComponentRow("", "1", "0", "", true, false);

        public boolean isBlank() {
            return blank(name) && blank(formTemplate);
        }
    }

    /** One fee as typed; an empty amount means "set by provincial regulation". */
    public record FeeRow(String name, String amount, String note) {

        static final FeeRow BLANK = new FeeRow("", "", "");

        public boolean isBlank() {
            return blank(name) && blank(amount) && blank(note);
        }
    }

    /** One internal process step as typed; unit is an identifier, "competent" or "receiving". */
    public record StepRow(String name, String role, String unit, String share) {

        static final StepRow BLANK = new StepRow("", "", ProcessStep.COMPETENT_UNIT, "");

        public boolean isBlank() {
            return blank(name) && blank(share);
        }
    }

    /** A form for a new procedure: counter, online and post offered, the default internal process. */
    public static ProcedureForm blank() {
        List<StepRow> process = ProcessStep.defaultProcess().stream().map(ProcedureForm::row).toList();
        return new ProcedureForm("", "", "", ProcedureLevel.COMMUNE.code(), "", "",
                Stream.of(SubmissionMethod.values()).map(SubmissionMethod::code).toList(), List.of(), "",
                TimeUnit.WORKING_DAYS.code(), "", false, List.of(), List.of(), false, List.of(), "", "", false, true, "", "", "",
                "", process, "").withBlankRows();
    }

    /** The form prefilled with a version, to publish the next one; the decision fields start empty. */
    public static ProcedureForm of(Procedure procedure) {
        ProcedureContent c = procedure.content();
        return new ProcedureForm(c.code(), c.name(), c.field(), c.level().code(), c.agency(),
                String.join("\n", c.steps()), codes(c.methods()), c.components().stream().map(ProcedureForm::row).toList(),
                String.valueOf(c.timeLimit().value()), c.timeLimit().unit().code(), nullToEmpty(c.timeLimit().note()),
                c.timeLimit().sameDay(), codes(c.applicants()), c.units(), !c.feesKnown(),
                c.feesKnown() ? c.fees().stream().map(ProcedureForm::row).toList() : List.of(),
                c.onlineLevel() == null ? "" : c.onlineLevel().code(), nullToEmpty(c.result().document()),
                c.result().paperOriginalRequired(), c.result().leaderSignsPersonally(), "", "", "",
                c.decision().legalBasis(),
                c.process().stream().map(ProcedureForm::row).toList(), nullToEmpty(c.source())).withBlankRows();
    }

    /** This form with {@link #BLANK_ROWS} empty rows appended to each repeating part. */
    public ProcedureForm withBlankRows() {
        return new ProcedureForm(code, name, field, level, agency, steps, methods,
                padded(components, ComponentRow.BLANK), timeLimitValue, timeLimitUnit, timeLimitNote, timeLimitSameDay,
                applicants, units,
                feesUnknown, padded(fees, FeeRow.BLANK), onlineLevel, resultDocument, resultPaperRequired,
                resultLeaderSigns, decisionNumber, decisionSignedOn, decisionEffectiveFrom, legalBasis, padded(process, StepRow.BLANK),
                source);
    }

    /** The same form for another code: a new version always keeps the procedure's code. */
    public ProcedureForm withCode(String newCode) {
        return new ProcedureForm(newCode, name, field, level, agency, steps, methods, components, timeLimitValue,
                timeLimitUnit, timeLimitNote, timeLimitSameDay, applicants, units, feesUnknown, fees, onlineLevel, resultDocument,
                resultPaperRequired, resultLeaderSigns, decisionNumber, decisionSignedOn, decisionEffectiveFrom,
                legalBasis, process, source);
    }

    /** The roles that can hold an internal process step. */
    public static List<Role> processRoles() {
        return List.of(Role.RECEPTION, Role.SPECIALIST, Role.LEADER, Role.CLERK);
    }

    private static ComponentRow row(DossierComponent d) {
        return new ComponentRow(d.name(), String.valueOf(d.originals()), String.valueOf(d.copies()),
                nullToEmpty(d.formTemplate()), d.mustDigitise(), d.conditional());
    }

    private static FeeRow row(Fee f) {
        return new FeeRow(f.name(), f.amountVnd() == null ? "" : String.valueOf(f.amountVnd()), nullToEmpty(f.note()));
    }

    static StepRow row(ProcessStep s) {
        return new StepRow(s.name(), s.role().name(), s.unit(), String.valueOf(s.sharePercent()));
    }

    private static <T> List<T> padded(List<T> rows, T blank) {
        List<T> result = new ArrayList<>(rows);
        for (int i = 0; i < BLANK_ROWS; i++) {
            result.add(blank);
        }
        return result;
    }

    private static List<String> codes(List<? extends Coded> values) {
        return values.stream().map(Coded::code).toList();
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list.stream().filter(java.util.Objects::nonNull).toList();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
