package vn.motcua.calendar;

import java.util.Objects;

/**
 * An amount of time in one of the calendar's units — "15 working days", "8 working hours", "30 days" —
 * for deadline arithmetic. The procedure's time limit as published (thời hạn giải quyết, with its note
 * and the same-day rule) is {@code catalog.TimeLimit}, the one time limit of the domain; it gives its
 * amount with {@code forCalendar()}.
 */
public record TimeAmount(int value, DurationUnit unit) {

    public TimeAmount {
        Objects.requireNonNull(unit, "unit");
        if (value < 0) {
            throw new IllegalArgumentException("An amount of time cannot be negative: " + value + " " + unit.code());
        }
    }

    public static TimeAmount workingDays(int value) {
        return new TimeAmount(value, DurationUnit.WORKING_DAYS);
    }

    public static TimeAmount calendarDays(int value) {
        return new TimeAmount(value, DurationUnit.CALENDAR_DAYS);
    }

    public static TimeAmount workingHours(int value) {
        return new TimeAmount(value, DurationUnit.WORKING_HOURS);
    }
}
