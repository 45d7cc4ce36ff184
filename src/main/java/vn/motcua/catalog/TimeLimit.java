package vn.motcua.catalog;

import vn.motcua.calendar.DurationUnit;

/**
 * Thời hạn giải quyết: how long the competent unit has, counted from receipt of a complete dossier.
 *
 * @param value a positive number of {@code unit}
 * @param unit working days, calendar days or working hours
 * @param note other channels' limits and caveats, as published
 */
public record TimeLimit(int value, TimeUnit unit, String note) {

    /** The same limit for deadline arithmetic on the working calendar. */
    public vn.motcua.calendar.TimeLimit forCalendar() {
        return new vn.motcua.calendar.TimeLimit(value, DurationUnit.fromCode(unit.code()));
    }
}
