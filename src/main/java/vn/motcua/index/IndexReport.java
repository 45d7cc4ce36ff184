package vn.motcua.index;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Bộ chỉ số phục vụ người dân, doanh nghiệp of one unit (or the province) for one period. Its
 * shape is the API's: {@code {"unit","from","to","total","groups":[…]}}.
 *
 * @param unit unit identifier, or the province's
 * @param from first day of the period
 * @param to last day of the period
 * @param total sum of the groups' scores, two decimals
 * @param groups the six groups, in order
 */
public record IndexReport(String unit, LocalDate from, LocalDate to, BigDecimal total, List<GroupScore> groups) {

    public IndexReport {
        groups = List.copyOf(groups);
    }

    /**
     * Whether anything was measured: some criterion counted at least one dossier, procedure or
     * feedback. A report without data scores only by the empty-denominator rule.
     */
    public boolean hasData() {
        return groups.stream().flatMap(group -> group.criteria().stream()).anyMatch(row -> row.denominator() > 0);
    }

    /** The row of one criterion. */
    public CriterionScore criterion(Criterion criterion) {
        return groups.stream().flatMap(group -> group.criteria().stream())
                .filter(row -> row.id().equals(criterion.id()))
                .findFirst().orElseThrow();
    }
}
