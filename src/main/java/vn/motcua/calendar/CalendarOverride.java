package vn.motcua.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A change to one year's calendar decided by the government and entered by an administrator: an
 * extra day off (nghỉ thêm) or a make-up working day (làm bù).
 */
public record CalendarOverride(LocalDate date, DayKind kind, String name) implements java.io.Serializable {

    public CalendarOverride {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        if (kind != DayKind.EXTRA_DAY_OFF && kind != DayKind.MAKEUP_WORKING_DAY) {
            throw new IllegalArgumentException("An override is an extra day off or a make-up working day, not " + kind);
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("An override of " + date + " needs a name (the reason)");
        }
    }

    /** An extra day off on a working day. */
    public static CalendarOverride dayOff(LocalDate date, String name) {
        return new CalendarOverride(date, DayKind.EXTRA_DAY_OFF, name);
    }

    /** A non-working day made a working day. */
    public static CalendarOverride makeupDay(LocalDate date, String name) {
        return new CalendarOverride(date, DayKind.MAKEUP_WORKING_DAY, name);
    }

    CalendarDay toDay() {
        return new CalendarDay(date, kind, name);
    }
}
