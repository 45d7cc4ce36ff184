package vn.motcua.calendar;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReferenceArray;
import vn.motcua.calendar.internal.LunarYearFrame;

/**
 * The Vietnamese lunar calendar (âm lịch Việt Nam), computed astronomically for UTC+7: a month
 * starts on the local day of the new moon, month 11 holds the winter solstice, and in a 13-month
 * year the first month without a major solar term is the leap month. Because Vietnam is one hour
 * behind China, some new moons fall on a different day, so the dates differ from the Chinese
 * calendar in some years (Tết 1985: 21 January here, 20 February in China).
 *
 * <p>Supports solar dates from 1900-01-01 to 2199-12-31. Thread-safe; each lunar year is computed
 * once and kept.
 */
public final class VietnameseLunarCalendar {

    /** Hours east of Greenwich of the Vietnamese calendar. */
    static final double TIME_ZONE = 7.0;
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2199;

    /** Frames for 1900..2200: the last one covers late 2199 (before month 11 of lunar 2200). */
    private static final AtomicReferenceArray<LunarYearFrame> FRAMES =
            new AtomicReferenceArray<>(LAST_YEAR - FIRST_YEAR + 2);

    private VietnameseLunarCalendar() {
    }

    /** The lunar date of a solar (Gregorian) date. */
    public static LunarDate toLunar(LocalDate date) {
        checkYear(date.getYear());
        LunarYearFrame frame = frame(date.getYear());
        return (frame.endsAfter(date) ? frame : frame(date.getYear() + 1)).toLunar(date);
    }

    /**
     * The solar date of a lunar date.
     *
     * @throws IllegalArgumentException if that lunar year has no such (leap) month or day, or the
     *                                  result lies outside 1900–2199
     */
    public static LocalDate toSolar(LunarDate lunar) {
        int frameYear = lunar.month() >= 11 ? lunar.year() + 1 : lunar.year();
        if (frameYear < FIRST_YEAR || frameYear > LAST_YEAR + 1) {
            throw outOfRange(lunar.year());
        }
        LocalDate solar = frame(frameYear).toSolar(lunar.month(), lunar.day(), lunar.leapMonth())
                .orElseThrow(() -> new IllegalArgumentException("Lunar year " + lunar.year()
                        + " has no leap month " + lunar.month()));
        checkYear(solar.getYear());
        return solar;
    }

    /** The first day of the lunar year (Tết Nguyên đán, mùng 1 tháng Giêng) in the given solar year. */
    public static LocalDate tet(int year) {
        return toSolar(LunarDate.of(year, 1, 1));
    }

    static void checkYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw outOfRange(year);
        }
    }

    private static IllegalArgumentException outOfRange(int year) {
        return new IllegalArgumentException(
                "Year " + year + " is outside the supported range " + FIRST_YEAR + "–" + LAST_YEAR);
    }

    private static LunarYearFrame frame(int year) {
        int index = year - FIRST_YEAR;
        LunarYearFrame frame = FRAMES.get(index);
        if (frame == null) {
            // Racing threads may both compute it; the result is the same, so the last write is fine.
            frame = LunarYearFrame.of(year, TIME_ZONE);
            FRAMES.set(index, frame);
        }
        return frame;
    }
}
