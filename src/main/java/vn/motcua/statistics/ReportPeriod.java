package vn.motcua.statistics;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Kỳ báo cáo: a calendar month, quarter or year (or any range of days), both ends included, in
 * Asia/Ho_Chi_Minh. A period still running ends today and is counted as of now.
 *
 * @param kind which kind of period
 * @param from first day
 * @param to last day counted: the period's last, or today while it runs
 * @param toDate the period is still running
 */
public record ReportPeriod(Kind kind, LocalDate from, LocalDate to, boolean toDate) {

    public enum Kind {
        MONTH, QUARTER, YEAR, RANGE
    }

    public ReportPeriod {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("A period cannot end before it starts: " + from + " – " + to);
        }
    }

    /** The quarter (1–4) the period starts in. */
    public int quarter() {
        return (from.getMonthValue() - 1) / 3 + 1;
    }
}
