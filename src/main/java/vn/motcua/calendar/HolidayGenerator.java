package vn.motcua.calendar;

import static java.util.Comparator.comparing;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Generates a year's public holidays (Labour Code 2019 art. 112) and the substitute days off (nghỉ
 * bù) for holidays lost to a weekly rest day or to another holiday on the same date.
 */
final class HolidayGenerator {

    private final HolidayRules rules;
    private final Set<DayOfWeek> workingDays;

    HolidayGenerator(HolidayRules rules, Set<DayOfWeek> workingDays) {
        this.rules = rules;
        this.workingDays = workingDays;
    }

    /** Holidays and substitute days of the year, sorted by date. */
    List<CalendarDay> daysOf(int year) {
        List<CalendarDay> holidays = holidays(year);
        List<CalendarDay> days = new ArrayList<>(holidays);
        days.addAll(substitutes(holidays));
        days.sort(comparing(CalendarDay::date));
        return days;
    }

    private List<CalendarDay> holidays(int year) {
        List<CalendarDay> days = new ArrayList<>();
        days.add(holiday(LocalDate.of(year, 1, 1), "Tết Dương lịch"));
        LocalDate tet = VietnameseLunarCalendar.tet(year);
        for (int i = -rules.daysBeforeTet(); i < rules.daysFromTet(); i++) {
            days.add(holiday(tet.plusDays(i), "Tết Nguyên đán"));
        }
        days.add(holiday(VietnameseLunarCalendar.toSolar(LunarDate.of(year, 3, 10)), "Giỗ Tổ Hùng Vương"));
        days.add(holiday(LocalDate.of(year, 4, 30), "Ngày Chiến thắng"));
        days.add(holiday(LocalDate.of(year, 5, 1), "Ngày Quốc tế Lao động"));
        days.add(holiday(LocalDate.of(year, 9, 2), "Quốc khánh"));
        days.add(holiday(rules.nationalDayAdjacency().adjacentDay(year), "Quốc khánh (ngày liền kề)"));
        days.sort(comparing(CalendarDay::date));
        return days;
    }

    /**
     * One substitute per lost holiday, on the first working weekday after it that is neither a
     * holiday nor already a substitute; so the substitutes of a block land after the whole block.
     */
    private List<CalendarDay> substitutes(List<CalendarDay> holidays) {
        Set<LocalDate> taken = new HashSet<>();
        holidays.forEach(h -> taken.add(h.date()));
        Set<LocalDate> seen = new HashSet<>();
        List<CalendarDay> substitutes = new ArrayList<>();
        for (CalendarDay holiday : holidays) {
            boolean firstOnItsDate = seen.add(holiday.date());
            if (!firstOnItsDate || !workingDays.contains(holiday.date().getDayOfWeek())) {
                LocalDate day = firstFreeWorkingDayAfter(holiday.date(), taken);
                taken.add(day);
                substitutes.add(new CalendarDay(day, DayKind.SUBSTITUTE_DAY_OFF, "Nghỉ bù " + holiday.name()));
            }
        }
        return substitutes;
    }

    private LocalDate firstFreeWorkingDayAfter(LocalDate date, Set<LocalDate> taken) {
        LocalDate day = date.plusDays(1);
        while (!workingDays.contains(day.getDayOfWeek()) || taken.contains(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    private static CalendarDay holiday(LocalDate date, String name) {
        return new CalendarDay(date, DayKind.HOLIDAY, name);
    }
}
