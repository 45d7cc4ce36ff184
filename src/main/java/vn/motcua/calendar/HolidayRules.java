package vn.motcua.calendar;

import java.util.Objects;

/**
 * Settings of the public holidays of Labour Code 2019 art. 112 that the law leaves to the
 * Government each year.
 *
 * @param daysBeforeTet        Tết days at the end of the old lunar year (default 1: the last day)
 * @param daysFromTet          Tết days from the first day of the new lunar year (default 4)
 * @param nationalDayAdjacency which day next to 2 September is also off
 */
public record HolidayRules(int daysBeforeTet, int daysFromTet, NationalDayAdjacency nationalDayAdjacency) {

    private static final int MAX_TET_DAYS = 15;

    public HolidayRules {
        if (daysBeforeTet < 0 || daysFromTet < 1 || daysBeforeTet + daysFromTet > MAX_TET_DAYS) {
            throw new IllegalArgumentException("Tết must be 1–" + MAX_TET_DAYS + " days including the first day"
                    + " of the new year, not " + daysBeforeTet + " before and " + daysFromTet + " from it");
        }
        Objects.requireNonNull(nationalDayAdjacency, "nationalDayAdjacency");
    }

    /** Five days of Tết (the last day of the old year and four of the new) and the usual 2 September pairing. */
    public static HolidayRules defaults() {
        return new HolidayRules(1, 4, NationalDayAdjacency.BY_WEEKDAY);
    }
}
