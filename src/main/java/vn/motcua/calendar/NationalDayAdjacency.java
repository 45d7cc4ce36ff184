package vn.motcua.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Which day next to 2 September (Quốc khánh) is the second National Day holiday. */
public enum NationalDayAdjacency {
    /**
     * The Government's usual choice, joining the holiday to a weekend or shortening a gap: 3 September
     * when 2 September is a Monday, Wednesday, Thursday or Sunday; 1 September when it is a Tuesday,
     * Friday or Saturday.
     */
    BY_WEEKDAY,
    /** Always 1 September. */
    DAY_BEFORE,
    /** Always 3 September. */
    DAY_AFTER;

    /** The adjacent holiday for the given year. */
    public LocalDate adjacentDay(int year) {
        LocalDate nationalDay = LocalDate.of(year, 9, 2);
        return switch (this) {
            case DAY_BEFORE -> nationalDay.minusDays(1);
            case DAY_AFTER -> nationalDay.plusDays(1);
            case BY_WEEKDAY -> nationalDay.plusDays(dayAfterFits(nationalDay.getDayOfWeek()) ? 1 : -1);
        };
    }

    private static boolean dayAfterFits(DayOfWeek day) {
        return switch (day) {
            case MONDAY, WEDNESDAY, THURSDAY, SUNDAY -> true;
            case TUESDAY, FRIDAY, SATURDAY -> false;
        };
    }
}
