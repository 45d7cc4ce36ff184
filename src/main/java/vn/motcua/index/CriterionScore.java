package vn.motcua.index;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Điểm một tiêu chí: one row of the report. The components are the API's field names.
 *
 * @param id e.g. "2.1"
 * @param name Vietnamese name
 * @param max maximum points
 * @param score points, two decimals
 * @param numerator items meeting the criterion
 * @param measured false when Motcua does not collect its facts yet: its points then come from the
 *        empty-denominator rule, not from data
 * @param denominator items looked at
 */
public record CriterionScore(String id, String name, int max, BigDecimal score, long numerator, long denominator,
        boolean measured) {

    /** The ratio clamped to [0, 1], four decimals; empty when nothing was counted. */
    public Optional<BigDecimal> ratio() {
        if (denominator == 0) {
            return Optional.empty();
        }
        long clamped = Math.max(0, numerator);
        return Optional.of(BigDecimal.valueOf(clamped).divide(BigDecimal.valueOf(denominator), 4, RoundingMode.HALF_UP));
    }
}
