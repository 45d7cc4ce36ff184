package vn.motcua.index.internal;

import java.time.LocalDate;
import vn.motcua.calendar.WorkingCalendar;

/**
 * Whole working days on the calendar, for the windows the rules count in days (1.1, 1.2, 6.1):
 * the day itself does not count, as in "within 5 working days of the decision".
 */
public final class WorkingDays {

    private final WorkingCalendar calendar;

    public WorkingDays(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    /** The {@code n}th working day after {@code day}; {@code day} itself when n is 0. */
    public LocalDate after(LocalDate day, int n) {
        return calendar.workingDaysFrom(day, n);
    }

    /** The {@code n}th working day before {@code day}; {@code day} itself when n is 0. */
    public LocalDate before(LocalDate day, int n) {
        return calendar.workingDaysFrom(day, -n);
    }
}
