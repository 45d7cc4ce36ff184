package vn.motcua.calendar;

/**
 * A date of the Vietnamese lunar calendar (âm lịch): lunar year, month 1–12, day 1–30, and whether
 * the month is the leap month (tháng nhuận) that repeats the month number before it.
 */
public record LunarDate(int year, int month, int day, boolean leapMonth) {

    public LunarDate {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("Lunar month must be 1–12, not " + month);
        }
        if (day < 1 || day > 30) {
            throw new IllegalArgumentException("Lunar day must be 1–30, not " + day);
        }
    }

    /** A day of an ordinary (non-leap) lunar month. */
    public static LunarDate of(int year, int month, int day) {
        return new LunarDate(year, month, day, false);
    }
}
