package vn.motcua.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.calendar.LunarDate;

/**
 * Every month of the lunar years 1968–2199 against Hồ Ngọc Đức's published tables
 * ({@code calendar/ho-ngoc-duc-lunar-years.csv}): the day it starts, how long it lasts, which month is
 * the leap month. Each frame is computed afresh here rather than read through
 * {@code VietnameseLunarCalendar}, whose frames are computed once per JVM and would hide a change to
 * the astronomy from every test after the first.
 */
class LunarYearFrameTest {

    private static final double VIETNAM = 7;

    /**
     * New moons that fall within three minutes of local midnight, where the tables and this low-precision
     * astronomy (accurate to a few minutes) may put the month's first day either side of midnight: the
     * day the tables give, or the next.
     */
    private static final Set<LocalDate> TOO_CLOSE_TO_CALL = Set.of(
            LocalDate.of(2054, 5, 7), LocalDate.of(2072, 12, 9), LocalDate.of(2077, 11, 15),
            LocalDate.of(2130, 5, 7), LocalDate.of(2150, 5, 26), LocalDate.of(2159, 5, 17),
            LocalDate.of(2175, 1, 22), LocalDate.of(2199, 1, 26));

    @ParameterizedTest(name = "lunar year {0}: Tết {1}, leap month {2}")
    @CsvFileSource(resources = "/calendar/ho-ngoc-duc-lunar-years.csv")
    // The first years of the range, where the astronomy's terms in T² and T³ (centuries since 1900) are
    // near zero. The tables reckon them on UTC+8; no new moon of theirs falls within an hour of midnight,
    // so the days are the same on UTC+7.
    @CsvSource({"1900, 1900-01-31, 8, 9099090090090", "1901, 1901-02-19, 0, 909909090009"})
    void everyMonthStartsAndLastsAsPublished(int year, LocalDate tet, int leapMonth, String lengths) {
        LocalDate start = tet;
        int month = 0;
        boolean leapPassed = false;
        for (int i = 0; i < lengths.length(); i++) {
            boolean leap = !leapPassed && month > 0 && month == leapMonth;
            leapPassed |= leap;
            month = leap ? month : month + 1;
            int length = lengths.charAt(i) == '0' ? 30 : 29;
            LocalDate next = start.plusDays(length);
            LunarYearFrame frame = frameHolding(year, month);
            String name = "%d/%d%s".formatted(month, year, leap ? " (leap)" : "");

            LocalDate first = frame.toSolar(month, 1, leap).orElseThrow();
            assertThat(first).as(name).isIn(TOO_CLOSE_TO_CALL.contains(start) ? Set.of(start, start.plusDays(1))
                    : Set.of(start));
            assertThat(frame.toLunar(first)).as(name).isEqualTo(new LunarDate(year, month, 1, leap));
            assertThat(frame.toSolar(month, 1, true).isPresent()).as(name + " has a leap month after it")
                    .isEqualTo(month == leapMonth);
            if (!TOO_CLOSE_TO_CALL.contains(start) && !TOO_CLOSE_TO_CALL.contains(next)) {
                assertLasts(frame, new LunarDate(year, month, length, leap), start, name);
            }
            start = next;
        }
    }

    /** The month's last day is where the tables end it, and the frame knows no day after it. */
    private static void assertLasts(LunarYearFrame frame, LunarDate lastDay, LocalDate start, String name) {
        LocalDate last = start.plusDays(lastDay.day() - 1);
        assertThat(frame.toSolar(lastDay.month(), lastDay.day(), lastDay.leapMonth())).as(name).contains(last);
        assertThat(frame.toLunar(last)).as(name).isEqualTo(lastDay);
        assertThatThrownBy(() -> frame.toSolar(lastDay.month(), lastDay.day() + 1, lastDay.leapMonth())).as(name)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Lunar month %d%s has only %d days, not %d", lastDay.month(),
                        lastDay.leapMonth() ? " (leap)" : "", lastDay.day(), lastDay.day() + 1);
    }

    @ParameterizedTest(name = "lunar year {0} ends before month 11")
    @CsvFileSource(resources = "/calendar/ho-ngoc-duc-lunar-years.csv")
    void aFrameEndsWhereMonthElevenBegins(int year, LocalDate tet, int leapMonth, String lengths) {
        int monthsBeforeEleven = leapMonth > 0 && leapMonth <= 10 ? 11 : 10;
        LocalDate month11 = tet;
        for (int i = 0; i < monthsBeforeEleven; i++) {
            month11 = month11.plusDays(lengths.charAt(i) == '0' ? 30 : 29);
        }
        LunarYearFrame frame = frameHolding(year, 10);

        assertThat(frame.endsAfter(month11.minusDays(1))).isTrue();
        assertThat(frame.endsAfter(TOO_CLOSE_TO_CALL.contains(month11) ? month11.plusDays(1) : month11)).isFalse();
    }

    /** Months 1–10 are in the frame ending before month 11 of their year; months 11–12 in the next one. */
    private static LunarYearFrame frameHolding(int year, int month) {
        return LunarYearFrame.of(month >= 11 ? year + 1 : year, VIETNAM);
    }
}
