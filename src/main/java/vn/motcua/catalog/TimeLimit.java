package vn.motcua.catalog;

import java.time.LocalDateTime;
import vn.motcua.calendar.Deadline;
import vn.motcua.calendar.DurationUnit;
import vn.motcua.calendar.WorkingCalendar;

/**
 * Thời hạn giải quyết: how long the competent unit has, counted from receipt of a complete dossier.
 *
 * @param value a positive number of {@code unit}
 * @param unit working days, calendar days or working hours
 * @param note other channels' limits and caveats, as published
 * @param sameDay a same-day procedure (giải quyết trong ngày): received before the cut-off (15:00)
 *     it is returned that day, after it the next working day; {@code value} is then 1 working day
 */
public record TimeLimit(int value, TimeUnit unit, String note, boolean sameDay) {

    /** The same limit for deadline arithmetic on the working calendar. */
    public vn.motcua.calendar.TimeAmount forCalendar() {
        return new vn.motcua.calendar.TimeAmount(value, DurationUnit.fromCode(unit.code()));
    }

    /** When a dossier received at {@code received} is due, explained. */
    public Deadline dueFrom(LocalDateTime received, WorkingCalendar calendar) {
        return sameDay ? calendar.sameDayDeadline(received) : calendar.deadline(received, forCalendar());
    }
}
