package vn.motcua.web.portal.serviceindex;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import vn.motcua.platform.Problems;

/**
 * The month a visitor picked ("2026-05", as {@code <input type="month">} sends it), or the current
 * one. A month not started yet has no index: refused, like a month that is not a month.
 */
final class MonthChoice {

    /** The index has no history before the two-level reform and Motcua; earlier months are typos. */
    static final YearMonth EARLIEST = YearMonth.of(2000, 1);

    private MonthChoice() {
    }

    /** The month meant, or {@code current} with a problem on field "month" when the text is refused. */
    static YearMonth parse(String text, YearMonth current, Problems problems) {
        if (text == null || text.isBlank()) {
            return current;
        }
        try {
            YearMonth month = YearMonth.parse(text.strip());
            if (month.isAfter(current)) {
                problems.add("month", "index.month.future", text.strip());
                return current;
            }
            if (month.isBefore(EARLIEST)) {
                problems.add("month", "index.month.invalid", text.strip());
                return current;
            }
            return month;
        } catch (DateTimeParseException e) {
            problems.add("month", "index.month.invalid", text.strip());
            return current;
        }
    }
}
