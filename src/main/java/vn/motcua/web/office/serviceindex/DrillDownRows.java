package vn.motcua.web.office.serviceindex;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.motcua.index.Criterion;
import vn.motcua.index.DrillDown;
import vn.motcua.index.DrillDownLine;
import vn.motcua.index.LossReason;
import vn.motcua.organization.Officer;
import vn.motcua.organization.OfficerDirectory;
import vn.motcua.organization.Unit;
import vn.motcua.organization.UnitDirectory;
import vn.motcua.web.export.ExportTable;

/**
 * The lines of a drill-down as people read them: the reason in words (the {@code index-reasons}
 * bundle with the line's arguments), units and officers by name rather than identifier.
 */
@Component
class DrillDownRows {

    /**
     * @param code dossier or procedure code
     * @param dossierLink whether the code links to the office's dossier page
     * @param procedureLink whether the code links to the public procedure page (procedure criteria)
     * @param unit the unit's name
     * @param procedureCode the procedure's code
     * @param meets whether it meets the criterion
     * @param reason why it loses points, in words; null when it meets
     * @param step the step that overran, or null
     * @param holder who held that step, by name, or null
     */
    public record Row(String code, boolean dossierLink, boolean procedureLink, String unit, String procedureCode,
            boolean meets, String reason, String step, String holder) {
    }

    private final MessageSource messages;
    private final UnitDirectory units;
    private final OfficerDirectory officers;

    DrillDownRows(MessageSource messages, UnitDirectory units, OfficerDirectory officers) {
        this.messages = messages;
        this.units = units;
        this.officers = officers;
    }

    List<Row> rows(DrillDown drillDown, Set<String> openable, Locale locale) {
        Map<String, String> unitNames = units.all().stream().collect(Collectors.toMap(Unit::identifier, Unit::name));
        Map<String, String> officerNames = officers.all().stream()
                .collect(Collectors.toMap(Officer::username, Officer::fullName));
        boolean procedures = drillDown.criterion().basis() == Criterion.Basis.PROCEDURES;
        return drillDown.lines().stream().map(line -> new Row(line.code(), openable.contains(line.code()), procedures,
                unitNames.getOrDefault(line.unit(), line.unit()), line.procedureCode(), line.meets(),
                reason(line.reason(), locale), line.step(), holder(line, officerNames, unitNames))).toList();
    }

    /** Every line, for a download: the same words as the page, counts as numbers. */
    ExportTable table(DrillDown drillDown, Locale locale) {
        List<String> headers = Arrays.stream(new String[] {"code", "unit", "procedure", "meets", "reason", "step",
            "holder"}).map(key -> messages.getMessage("index.drillDown.column." + key, null, locale)).toList();
        List<List<Object>> lines = rows(drillDown, Set.of(), locale).stream()
                .map(row -> Arrays.<Object>asList(row.code(), row.unit(), row.procedureCode(),
                        messages.getMessage(row.meets() ? "index.drillDown.meets" : "index.drillDown.loses", null,
                                locale), row.reason(), row.step(), row.holder()))
                .toList();
        return new ExportTable(drillDown.criterion().id(), headers, lines);
    }

    private String reason(LossReason reason, Locale locale) {
        return reason == null ? null : messages.getMessage(reason.key(), reason.arguments().toArray(), reason.key(),
                locale);
    }

    private static String holder(DrillDownLine line, Map<String, String> officerNames, Map<String, String> unitNames) {
        if (line.holder() == null) {
            return null;
        }
        return officerNames.getOrDefault(line.holder(), unitNames.getOrDefault(line.holder(), line.holder()));
    }
}
