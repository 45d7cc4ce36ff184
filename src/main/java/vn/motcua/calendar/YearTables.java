package vn.motcua.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Lazily built, cached day tables for 1900–2199, so deadline arithmetic never repeats the lunar
 * and holiday computations. Thread-safe: a table is immutable once published.
 */
final class YearTables {

    private final WorkingHours hours;
    private final HolidayGenerator holidays;
    private final CalendarOverrides overrides;
    private final AtomicReferenceArray<YearTable> tables = new AtomicReferenceArray<>(
            VietnameseLunarCalendar.LAST_YEAR - VietnameseLunarCalendar.FIRST_YEAR + 1);

    YearTables(WorkingHours hours, HolidayRules rules, CalendarOverrides overrides) {
        this.hours = hours;
        this.holidays = new HolidayGenerator(rules, hours.workingDays());
        this.overrides = overrides;
    }

    boolean isWorking(LocalDate date) {
        return table(date.getYear()).isWorking(date);
    }

    CalendarDay reason(LocalDate date) {
        return table(date.getYear()).reason(date);
    }

    /** The first working day strictly after {@code date}. */
    LocalDate nextWorkingDay(LocalDate date) {
        LocalDate day = date.plusDays(1);
        while (!isWorking(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    List<CalendarDay> days(int year) {
        return table(year).days();
    }

    /** Builds a table from the given overrides without caching it; throws if one is invalid. */
    YearTable build(int year, List<CalendarOverride> yearOverrides) {
        VietnameseLunarCalendar.checkYear(year);
        return YearTable.build(year, hours.workingDays(), holidays.daysOf(year), yearOverrides);
    }

    void forget(int year) {
        VietnameseLunarCalendar.checkYear(year);
        tables.set(year - VietnameseLunarCalendar.FIRST_YEAR, null);
    }

    private YearTable table(int year) {
        VietnameseLunarCalendar.checkYear(year);
        int index = year - VietnameseLunarCalendar.FIRST_YEAR;
        YearTable table = tables.get(index);
        if (table == null) {
            // Two threads may build the same year at once; both results are equal, either may win.
            table = build(year, overrides.forYear(year));
            tables.set(index, table);
        }
        return table;
    }
}
