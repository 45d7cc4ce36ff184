package vn.motcua.index;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Kỳ đánh giá: a month, quarter, year or any range of days, both ends included, in local time
 * (Asia/Ho_Chi_Minh).
 */
public record Period(LocalDate from, LocalDate to) {

    public Period {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("A period cannot end before it starts: " + from + " – " + to);
        }
    }
}
