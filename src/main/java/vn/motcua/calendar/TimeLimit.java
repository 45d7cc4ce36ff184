package vn.motcua.calendar;

import java.util.Objects;

/** A time limit (thời hạn giải quyết) such as "15 working days". */
public record TimeLimit(int value, DurationUnit unit) {

    public TimeLimit {
        Objects.requireNonNull(unit, "unit");
        if (value < 0) {
            throw new IllegalArgumentException("A time limit cannot be negative: " + value + " " + unit.code());
        }
    }

    public static TimeLimit workingDays(int value) {
        return new TimeLimit(value, DurationUnit.WORKING_DAYS);
    }

    public static TimeLimit calendarDays(int value) {
        return new TimeLimit(value, DurationUnit.CALENDAR_DAYS);
    }

    public static TimeLimit workingHours(int value) {
        return new TimeLimit(value, DurationUnit.WORKING_HOURS);
    }
}
