package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseLunarCalendarTest {

    @ParameterizedTest(name = "Tết {0} is {1}")
    @CsvSource({
        "1900, 1900-01-31",
        "1968, 1968-01-29", // China: 1968-01-30
        "1985, 1985-01-21", // China: 1985-02-20
        "2007, 2007-02-17", // China: 2007-02-18
        "2024, 2024-02-10",
        "2025, 2025-01-29",
        "2026, 2026-02-17",
        "2027, 2027-02-06",
        "2030, 2030-02-02", // new moon 23:07 at UTC+7 on 2 Feb; China (UTC+8): 2030-02-03
    })
    void tetFollowsTheVietnameseCalendar(int year, LocalDate tet) {
        assertThat(VietnameseLunarCalendar.tet(year)).isEqualTo(tet);
        assertThat(VietnameseLunarCalendar.toLunar(tet)).isEqualTo(LunarDate.of(year, 1, 1));
    }

    @ParameterizedTest(name = "Giỗ Tổ Hùng Vương {0} is {1}")
    @CsvSource({"2024, 2024-04-18", "2025, 2025-04-07", "2026, 2026-04-26"})
    void hungKingsDayIsTenthDayOfThirdMonth(int year, LocalDate date) {
        assertThat(VietnameseLunarCalendar.toSolar(LunarDate.of(year, 3, 10))).isEqualTo(date);
    }

    @ParameterizedTest(name = "{0} is lunar {1}/{2}/{3} leap={4}")
    @CsvSource({
        "2023-03-22, 2023, 2, 1, true",   // leap 2nd month of Quý Mão
        "2023-04-20, 2023, 3, 1, false",
        "2025-07-25, 2025, 6, 1, true",   // leap 6th month of Ất Tỵ
        "2025-01-28, 2024, 12, 29, false", // the last day of Giáp Thìn, eve of Tết 2025
        "1900-01-01, 1899, 12, 1, false",
    })
    void convertsBothWaysIncludingLeapMonths(LocalDate solar, int year, int month, int day, boolean leap) {
        LunarDate lunar = new LunarDate(year, month, day, leap);
        assertThat(VietnameseLunarCalendar.toLunar(solar)).isEqualTo(lunar);
        assertThat(VietnameseLunarCalendar.toSolar(lunar)).isEqualTo(solar);
    }

    @Test
    void everyDayOfTheRangeRoundTrips() {
        for (LocalDate d = LocalDate.of(1900, 1, 1); d.getYear() <= 2199; d = d.plusDays(1)) {
            assertThat(VietnameseLunarCalendar.toSolar(VietnameseLunarCalendar.toLunar(d))).isEqualTo(d);
        }
    }

    @Test
    void tetOf2199IsInLateJanuaryOrFebruary() {
        LocalDate tet = VietnameseLunarCalendar.tet(2199);
        assertThat(tet).isBetween(LocalDate.of(2199, 1, 20), LocalDate.of(2199, 2, 21));
        assertThat(VietnameseLunarCalendar.toLunar(tet.minusDays(1)).year()).isEqualTo(2198);
    }

    @Test
    void rejectsLeapMonthThatDoesNotExistAndYearsOutOfRange() {
        assertThatThrownBy(() -> VietnameseLunarCalendar.toSolar(new LunarDate(2024, 3, 1, true)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no leap month 3");
        assertThatThrownBy(() -> VietnameseLunarCalendar.toLunar(LocalDate.of(2200, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1900–2199");
        // Month 12 of lunar 2199 begins on 16 January 2200 (Hồ Ngọc Đức's tables).
        assertThatThrownBy(() -> VietnameseLunarCalendar.toSolar(LunarDate.of(2199, 12, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Year 2200");
    }
}
