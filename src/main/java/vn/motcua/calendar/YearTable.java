package vn.motcua.calendar;

import static java.util.Comparator.comparing;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** One year's day table: whether each date is worked, and why a date is special. Immutable. */
final class YearTable {

    private static final String[] WEEKDAY_NAMES =
            {"Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"};

    private final boolean[] working;
    private final CalendarDay[] special;
    private final List<CalendarDay> days;

    private YearTable(boolean[] working, CalendarDay[] special, List<CalendarDay> days) {
        this.working = working;
        this.special = special;
        this.days = List.copyOf(days);
    }

    /**
     * Builds the table from the weekly rest days, the generated holidays and the overrides.
     *
     * @throws IllegalArgumentException if an override is outside the year, duplicated, or does not
     *                                  change the kind of its day
     */
    static YearTable build(int year, Set<DayOfWeek> workingDays, List<CalendarDay> ruleDays,
                           List<CalendarOverride> overrides) {
        int length = Year.of(year).length();
        boolean[] working = new boolean[length];
        CalendarDay[] special = new CalendarDay[length];
        LocalDate first = LocalDate.of(year, 1, 1);
        for (int i = 0; i < length; i++) {
            working[i] = workingDays.contains(first.plusDays(i).getDayOfWeek());
        }
        for (CalendarDay day : ruleDays) {
            int i = day.date().getDayOfYear() - 1;
            working[i] = false;
            // Two holidays on one date: the first names the day, the second got a substitute.
            special[i] = special[i] == null ? day : special[i];
        }
        List<CalendarDay> days = new ArrayList<>(ruleDays);
        Set<LocalDate> overridden = new HashSet<>();
        for (CalendarOverride override : overrides) {
            int i = indexOf(year, override, overridden);
            checkChangesKind(override, working[i], reason(override.date(), special[i]));
            working[i] = override.kind().working();
            special[i] = override.toDay();
            days.add(special[i]);
        }
        days.sort(comparing(CalendarDay::date));
        return new YearTable(working, special, days);
    }

    private static int indexOf(int year, CalendarOverride override, Set<LocalDate> overridden) {
        if (override.date().getYear() != year) {
            throw new IllegalArgumentException("Override of " + override.date() + " given for year " + year);
        }
        if (!overridden.add(override.date())) {
            throw new IllegalArgumentException("More than one override for " + override.date());
        }
        return override.date().getDayOfYear() - 1;
    }

    private static void checkChangesKind(CalendarOverride override, boolean working, CalendarDay current) {
        if (override.kind() == DayKind.MAKEUP_WORKING_DAY && working) {
            throw new IllegalArgumentException("Make-up working day " + override.date()
                    + " must be a non-working day, but it is already a working day");
        }
        if (override.kind() == DayKind.EXTRA_DAY_OFF && !working) {
            throw new IllegalArgumentException("Extra day off " + override.date()
                    + " must be a working day, but it is already off (" + current.name() + ")");
        }
    }

    boolean isWorking(LocalDate date) {
        return working[date.getDayOfYear() - 1];
    }

    /**
     * Why the date is special: its holiday, substitute or override entry, else the weekly rest day
     * for a non-working weekday, else {@code null} (an ordinary working day).
     */
    CalendarDay reason(LocalDate date) {
        int i = date.getDayOfYear() - 1;
        return working[i] && special[i] == null ? null : reason(date, special[i]);
    }

    private static CalendarDay reason(LocalDate date, CalendarDay special) {
        return special != null ? special : new CalendarDay(date, DayKind.WEEKEND, weekdayName(date.getDayOfWeek()));
    }

    private static String weekdayName(DayOfWeek day) {
        return WEEKDAY_NAMES[day.ordinal()];
    }

    List<CalendarDay> days() {
        return days;
    }
}
