package vn.motcua.calendar.internal;

import java.time.LocalDate;
import java.util.Optional;
import vn.motcua.calendar.LunarDate;

/**
 * The lunar months from the 11th month (the one holding the winter solstice) of one lunar year up
 * to, but not including, the 11th month of the next: the span the leap-month rule works on. The
 * frame named {@code year} ends just before the 11th month of lunar year {@code year}, so it holds
 * months 11–12 of {@code year - 1} and months 1–10 of {@code year}.
 *
 * <p>When the span has 13 months, the first month without a major solar term is the leap month
 * (tháng nhuận) and repeats the number of the month before it.
 */
public final class LunarYearFrame {

    private static final long EPOCH_DAY_JULIAN = 2440588;

    private final int year;
    private final long[] monthStarts;
    private final int leapOffset;

    private LunarYearFrame(int year, long[] monthStarts, int leapOffset) {
        this.year = year;
        this.monthStarts = monthStarts;
        this.leapOffset = leapOffset;
    }

    /** Computes the frame ending before month 11 of lunar year {@code year}, for the given zone. */
    public static LunarYearFrame of(int year, double timeZone) {
        long from = month11Start(year - 1, timeZone);
        long to = month11Start(year, timeZone);
        long k = Math.round((from - Astronomy.EPOCH_NEW_MOON) / Astronomy.SYNODIC_MONTH);
        int count = (int) Math.round((to - from) / Astronomy.SYNODIC_MONTH);
        long[] starts = new long[count + 1];
        for (int i = 0; i <= count; i++) {
            starts[i] = Astronomy.newMoonDay(k + i, timeZone);
        }
        return new LunarYearFrame(year, starts, count == 13 ? leapOffset(year, starts, timeZone) : -1);
    }

    /** Julian day number of the first day of month 11 of the given lunar year. */
    private static long month11Start(int year, double timeZone) {
        long lastDayOfYear = julianDay(LocalDate.of(year, 12, 31));
        long k = (long) Math.floor((lastDayOfYear - 2415021) / Astronomy.SYNODIC_MONTH);
        long newMoon = Astronomy.newMoonDay(k, timeZone);
        // A new moon after the sun passed 270° belongs to month 12; month 11 began one lunation earlier.
        return Astronomy.sunSector(newMoon, timeZone) >= 9 ? Astronomy.newMoonDay(k - 1, timeZone) : newMoon;
    }

    private static int leapOffset(int year, long[] starts, double timeZone) {
        for (int i = 1; i < starts.length - 1; i++) {
            if (Astronomy.sunSector(starts[i], timeZone) == Astronomy.sunSector(starts[i + 1], timeZone)) {
                return i;
            }
        }
        throw new IllegalStateException("13 lunar months but none without a major solar term before " + year);
    }

    /** Whether the solar date falls before this frame's end (the next month 11). */
    public boolean endsAfter(LocalDate date) {
        return julianDay(date) < monthStarts[monthStarts.length - 1];
    }

    /** The lunar date of a solar date inside this frame. */
    public LunarDate toLunar(LocalDate date) {
        long day = julianDay(date);
        int offset = monthStarts.length - 2;
        while (monthStarts[offset] > day) {
            offset--;
        }
        int month = monthNumber(offset);
        int lunarYear = month >= 11 ? year - 1 : year;
        return new LunarDate(lunarYear, month, (int) (day - monthStarts[offset] + 1), offset == leapOffset);
    }

    /** The solar date of the given day of the given month in this frame, if such a month exists. */
    public Optional<LocalDate> toSolar(int month, int day, boolean leap) {
        for (int offset = 0; offset < monthStarts.length - 1; offset++) {
            if (monthNumber(offset) == month && (offset == leapOffset) == leap) {
                return Optional.of(solarDay(offset, day));
            }
        }
        return Optional.empty();
    }

    private LocalDate solarDay(int offset, int day) {
        long length = monthStarts[offset + 1] - monthStarts[offset];
        if (day > length) {
            throw new IllegalArgumentException("Lunar month " + monthNumber(offset) + (offset == leapOffset ? " (leap)" : "")
                    + " has only " + length + " days, not " + day);
        }
        return LocalDate.ofEpochDay(monthStarts[offset] + day - 1 - EPOCH_DAY_JULIAN);
    }

    private int monthNumber(int offset) {
        int sinceMonth11 = leapOffset >= 0 && offset >= leapOffset ? offset - 1 : offset;
        return (10 + sinceMonth11) % 12 + 1;
    }

    private static long julianDay(LocalDate date) {
        return date.toEpochDay() + EPOCH_DAY_JULIAN;
    }
}
