package vn.motcua.catalog.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import vn.motcua.catalog.AnnouncementDecision;
import vn.motcua.catalog.ApplicantType;
import vn.motcua.catalog.Coded;
import vn.motcua.catalog.DossierComponent;
import vn.motcua.catalog.Fee;
import vn.motcua.catalog.OnlineLevel;
import vn.motcua.catalog.ProcedureContent;
import vn.motcua.catalog.ProcedureForm;
import vn.motcua.catalog.ProcedureLevel;
import vn.motcua.catalog.ProcedureResult;
import vn.motcua.catalog.ProcessStep;
import vn.motcua.catalog.SubmissionMethod;
import vn.motcua.catalog.TimeLimit;
import vn.motcua.catalog.TimeUnit;
import vn.motcua.organization.Role;
import vn.motcua.organization.UnitDirectory;
import vn.motcua.platform.Problems;

/**
 * Reads an administrator's {@link ProcedureForm} into published content, collecting every problem
 * (message key and form field) so that the form comes back once with all of them.
 */
@Component
public class ProcedureFormReader {

    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("d/M/uuuu");

    private final UnitDirectory units;
    private final LocalCodes codes;

    ProcedureFormReader(UnitDirectory units, LocalCodes codes) {
        this.units = units;
        this.codes = codes;
    }

    /** The content the form describes; throws {@link vn.motcua.platform.UserInputException} listing every problem. */
    public ProcedureContent read(ProcedureForm form, Problems problems) {
        String code = trim(form.code());
        problems.when(code.isEmpty(), "code", "catalog.code.required")
                .when(!code.isEmpty() && !codes.isValidCode(code), "code", "catalog.code.invalid", code,
                        codes.provinceCode());
        String name = required(form.name(), "name", problems);
        String field = required(form.field(), "field", problems);
        ProcedureLevel level = choice(ProcedureLevel.class, form.level(), "level", problems);
        List<String> steps = form.steps() == null ? List.of()
                : Arrays.stream(form.steps().split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        problems.when(steps.isEmpty(), "steps", "catalog.steps.required");
        List<SubmissionMethod> methods = choices(SubmissionMethod.class, form.methods(), "methods", problems);
        List<DossierComponent> components = components(form.components(), problems);
        TimeLimit timeLimit = timeLimit(form, problems);
        List<ApplicantType> applicants = choices(ApplicantType.class, form.applicants(), "applicants", problems);
        List<String> unitIds = units(form.units(), problems);
        String agency = required(form.agency(), "agency", problems);
        List<Fee> fees = form.feesUnknown() ? null : fees(form.fees(), problems);
        OnlineLevel online = StringUtils.hasText(form.onlineLevel())
                ? choice(OnlineLevel.class, form.onlineLevel(), "onlineLevel", problems) : null;
        AnnouncementDecision decision = decision(form, problems);
        List<ProcessStep> process = process(form.process(), problems);
        problems.throwIfAny();
        return new ProcedureContent(code, name, field, level, steps, methods, components, timeLimit, applicants,
                unitIds, agency, fees, online, new ProcedureResult(emptyToNull(form.resultDocument()),
                        form.resultPaperRequired(), form.resultLeaderSigns()), decision, process, emptyToNull(form.source()));
    }

    private List<DossierComponent> components(List<ProcedureForm.ComponentRow> rows, Problems problems) {
        List<DossierComponent> result = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ProcedureForm.ComponentRow row = rows.get(i);
            if (row.isBlank()) {
                continue;
            }
            String prefix = "components[" + i + "].";
            String name = required(row.name(), prefix + "name", problems);
            int originals = count(row.originals(), prefix + "originals", problems);
            int copies = count(row.copies(), prefix + "copies", problems);
            result.add(new DossierComponent(name, originals, copies, emptyToNull(row.formTemplate()), row.digitise(),
                    row.conditional()));
        }
        problems.when(result.isEmpty(), "components", "catalog.components.required");
        return result;
    }

    private TimeLimit timeLimit(ProcedureForm form, Problems problems) {
        Long value = number(form.timeLimitValue());
        problems.when(value == null || value <= 0 || value > 10_000, "timeLimitValue", "catalog.timeLimit.invalid");
        TimeUnit unit = choice(TimeUnit.class, form.timeLimitUnit(), "timeLimitUnit", problems);
        return new TimeLimit(value == null ? 0 : value.intValue(), unit, emptyToNull(form.timeLimitNote()),
                form.timeLimitSameDay());
    }

    private List<String> units(List<String> chosen, Problems problems) {
        List<String> result = chosen.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        problems.when(result.isEmpty(), "units", "catalog.units.required");
        result.stream().filter(u -> units.find(u).isEmpty()).findFirst()
                .ifPresent(u -> problems.add("units", "catalog.units.unknown", u));
        return result;
    }

    private List<Fee> fees(List<ProcedureForm.FeeRow> rows, Problems problems) {
        List<Fee> result = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ProcedureForm.FeeRow row = rows.get(i);
            if (row.isBlank()) {
                continue;
            }
            String name = required(row.name(), "fees[" + i + "].name", problems);
            Long amount = number(row.amount());
            problems.when(StringUtils.hasText(row.amount()) && (amount == null || amount < 0),
                    "fees[" + i + "].amount", "catalog.fees.amount.invalid");
            result.add(new Fee(name, amount, emptyToNull(row.note())));
        }
        return result;
    }

    private AnnouncementDecision decision(ProcedureForm form, Problems problems) {
        String number = required(form.decisionNumber(), "decisionNumber", problems);
        LocalDate signed = date(form.decisionSignedOn(), "decisionSignedOn", problems);
        LocalDate effective = date(form.decisionEffectiveFrom(), "decisionEffectiveFrom", problems);
        problems.when(signed != null && effective != null && effective.isBefore(signed), "decisionEffectiveFrom",
                "catalog.decisionEffectiveFrom.beforeSigning");
        String legalBasis = required(form.legalBasis(), "legalBasis", problems);
        return new AnnouncementDecision(number, signed, effective, legalBasis);
    }

    private List<ProcessStep> process(List<ProcedureForm.StepRow> rows, Problems problems) {
        List<ProcessStep> result = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ProcedureForm.StepRow row = rows.get(i);
            if (row.isBlank()) {
                continue;
            }
            String prefix = "process[" + i + "].";
            String name = required(row.name(), prefix + "name", problems);
            Role role = ProcedureForm.processRoles().stream().filter(r -> r.name().equals(trim(row.role())))
                    .findFirst().orElse(null);
            problems.when(role == null, prefix + "role", "catalog.choice.invalid", trim(row.role()));
            String unit = trim(row.unit());
            problems.when(!unit.equals(ProcessStep.COMPETENT_UNIT) && !unit.equals(ProcessStep.RECEIVING_UNIT)
                    && units.find(unit).isEmpty(), prefix + "unit", "catalog.units.unknown", unit);
            Long share = number(row.share());
            problems.when(share == null || share <= 0 || share > 100, prefix + "share", "catalog.process.share.invalid");
            result.add(new ProcessStep(name, role, unit, share == null ? 0 : share.intValue()));
        }
        int total = result.stream().mapToInt(ProcessStep::sharePercent).sum();
        problems.when(result.isEmpty(), "process", "catalog.process.required")
                .when(!result.isEmpty() && total != 100, "process", "catalog.process.sharesTotal", total)
                .when(!result.isEmpty() && !oneDoor(result), "process", "catalog.process.oneDoor");
        return result;
    }

    /**
     * Một cửa: the dossier is received and its result returned at the counter that received it, with at
     * least one step of handling between (the dossier's transitions hand over from step to step and mark
     * the result done on the way into the last one).
     */
    private static boolean oneDoor(List<ProcessStep> process) {
        return process.size() >= 3 && atTheCounter(process.getFirst()) && atTheCounter(process.getLast());
    }

    private static boolean atTheCounter(ProcessStep step) {
        return step.role() == Role.RECEPTION && ProcessStep.RECEIVING_UNIT.equals(step.unit());
    }

    private static String required(String value, String field, Problems problems) {
        problems.when(!StringUtils.hasText(value), field, "catalog." + baseName(field) + ".required");
        return trim(value);
    }

    /** "components[2].name" → "components.name": one message per kind of field, not per row. */
    private static String baseName(String field) {
        return field.replaceAll("\\[\\d+]", "");
    }

    private static <E extends Enum<E> & Coded> E choice(Class<E> type, String value, String field, Problems problems) {
        E parsed = Coded.parse(type, value);
        problems.when(parsed == null, field, "catalog.choice.invalid", trim(value));
        return parsed;
    }

    private static <E extends Enum<E> & Coded> List<E> choices(Class<E> type, List<String> values, String field,
            Problems problems) {
        List<E> parsed = values.stream().filter(StringUtils::hasText).map(v -> choice(type, v, field, problems))
                .filter(java.util.Objects::nonNull).distinct().toList();
        problems.when(parsed.isEmpty(), field, "catalog." + field + ".required");
        return parsed;
    }

    private static int count(String value, String field, Problems problems) {
        Long n = number(value);
        problems.when(n == null || n < 0 || n > 100, field, "catalog.components.count.invalid");
        return n == null ? 0 : n.intValue();
    }

    /** A whole number as Vietnamese write it too: "50.000", "50 000" and "50,000" are fifty thousand. */
    private static Long number(String value) {
        String digits = trim(value).replaceAll("[.,\\s]", "");
        if (!digits.matches("-?\\d{1,15}")) {
            return null;
        }
        return Long.parseLong(digits);
    }

    /** ISO dates (what a date input sends) and dd/mm/yyyy (what people type). */
    private static LocalDate date(String value, String field, Problems problems) {
        String text = trim(value);
        problems.when(text.isEmpty(), field, "catalog." + field + ".required");
        if (text.isEmpty()) {
            return null;
        }
        try {
            return text.contains("/") ? LocalDate.parse(text, VIETNAMESE_DATE) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(field, "catalog.date.invalid", text);
            return null;
        }
    }

    private static String trim(String value) {
        return value == null ? "" : value.strip();
    }

    private static String emptyToNull(String value) {
        return StringUtils.hasText(value) ? value.strip() : null;
    }
}
