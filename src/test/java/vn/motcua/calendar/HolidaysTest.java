package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HolidaysTest {

    private final WorkingCalendar calendar = WorkingCalendar.standard();

    @Test
    void daysOf2026() {
        assertThat(calendar.daysOf(2026)).extracting(d -> d.date().toString(), d -> d.kind().code(), CalendarDay::name)
                .containsExactly(
                        tuple("2026-01-01", "holiday", "Tết Dương lịch"),
                        tuple("2026-02-16", "holiday", "Tết Nguyên đán"),
                        tuple("2026-02-17", "holiday", "Tết Nguyên đán"),
                        tuple("2026-02-18", "holiday", "Tết Nguyên đán"),
                        tuple("2026-02-19", "holiday", "Tết Nguyên đán"),
                        tuple("2026-02-20", "holiday", "Tết Nguyên đán"),
                        tuple("2026-04-26", "holiday", "Giỗ Tổ Hùng Vương"),
                        tuple("2026-04-27", "substitute_day_off", "Nghỉ bù Giỗ Tổ Hùng Vương"),
                        tuple("2026-04-30", "holiday", "Ngày Chiến thắng"),
                        tuple("2026-05-01", "holiday", "Ngày Quốc tế Lao động"),
                        tuple("2026-09-02", "holiday", "Quốc khánh"),
                        tuple("2026-09-03", "holiday", "Quốc khánh (ngày liền kề)"));
    }

    @ParameterizedTest(name = "2 Sep {0} is a {1}: also off {2}, substitute {3}")
    @CsvSource({
        "2024, MONDAY, 2024-09-03, ",
        "2025, TUESDAY, 2025-09-01, ",
        "2026, WEDNESDAY, 2026-09-03, ",
        "2027, THURSDAY, 2027-09-03, ",
        "2028, SATURDAY, 2028-09-01, 2028-09-04",
        "2022, FRIDAY, 2022-09-01, ",
        "2029, SUNDAY, 2029-09-03, 2029-09-04",
    })
    void nationalDayPairsWithAnAdjacentDay(int year, String weekday, LocalDate adjacent, LocalDate substitute) {
        assertThat(LocalDate.of(year, 9, 2).getDayOfWeek().name()).isEqualTo(weekday);
        assertThat(calendar.daysOf(year)).contains(
                new CalendarDay(adjacent, DayKind.HOLIDAY, "Quốc khánh (ngày liền kề)"));
        assertThat(calendar.daysOf(year)).filteredOn(d -> d.date().getMonthValue() == 9)
                .filteredOn(d -> d.kind() == DayKind.SUBSTITUTE_DAY_OFF)
                .extracting(CalendarDay::date).containsExactlyElementsOf(
                        substitute == null ? List.of() : List.of(substitute));
    }

    @ParameterizedTest(name = "{0}: substitute {1} for {2}")
    @CsvSource({
        // 30 April Saturday and 1 May Sunday: two substitutes after the block
        "2022-05-02, Nghỉ bù Ngày Chiến thắng",
        "2022-05-03, Nghỉ bù Ngày Quốc tế Lao động",
        // Hùng Kings Day Saturday 29 April, 30 April Sunday, 1 May Monday: substitutes skip 1 May
        "2023-05-02, Nghỉ bù Giỗ Tổ Hùng Vương",
        "2023-05-03, Nghỉ bù Ngày Chiến thắng",
        // Tết 2025 ran Tuesday 28 January to Saturday 1 February
        "2025-02-03, Nghỉ bù Tết Nguyên đán",
        // New Year's Day 2022 was a Saturday
        "2022-01-03, Nghỉ bù Tết Dương lịch",
    })
    void holidayOnAWeekendGivesTheNextFreeWorkingDayOff(LocalDate date, String name) {
        assertThat(calendar.daysOf(date.getYear())).contains(new CalendarDay(date, DayKind.SUBSTITUTE_DAY_OFF, name));
        assertThat(calendar.isWorkingDay(date)).isFalse();
    }

    @Test
    void weekendHolidaysAreListedToo() {
        assertThat(calendar.daysOf(2022)).contains(
                new CalendarDay(LocalDate.of(2022, 4, 30), DayKind.HOLIDAY, "Ngày Chiến thắng"),
                new CalendarDay(LocalDate.of(2022, 5, 1), DayKind.HOLIDAY, "Ngày Quốc tế Lao động"));
    }

    @Test
    void tetLengthIsASetting() {
        HolidayRules rules = new HolidayRules(2, 5, NationalDayAdjacency.DAY_AFTER);
        WorkingCalendar longTet = new WorkingCalendar(WorkingHours.standard(), rules, CalendarOverrides.none());

        assertThat(longTet.daysOf(2026)).filteredOn(d -> d.name().equals("Tết Nguyên đán"))
                .extracting(d -> d.date().toString())
                .containsExactly("2026-02-15", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19",
                        "2026-02-20", "2026-02-21");
        // Sunday 15 and Saturday 21 February are lost to the weekend: two substitutes
        assertThat(longTet.daysOf(2026)).filteredOn(d -> d.kind() == DayKind.SUBSTITUTE_DAY_OFF)
                .extracting(d -> d.date().toString()).contains("2026-02-23", "2026-02-24");
    }

    @ParameterizedTest(name = "{0} days before Tết and {1} from it: allowed = {2}")
    @CsvSource({
        "0, 1, true",   // Tết's first day alone
        "0, 15, true",  // fifteen days at most, the first day included
        "5, 10, true",
        "5, 11, false",
        "-1, 5, false",
        "1, 0, false",  // the first day of the new year is always off
    })
    void tetLastsFromOneToFifteenDays(int before, int from, boolean allowed) {
        if (allowed) {
            assertThat(new HolidayRules(before, from, NationalDayAdjacency.DAY_AFTER).daysFromTet()).isEqualTo(from);
        } else {
            assertThatThrownBy(() -> new HolidayRules(before, from, NationalDayAdjacency.DAY_AFTER))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Tết must be 1–15 days");
        }
    }

    @Test
    void aFixedListOfOverridesGivesEachYearItsOwn() {
        CalendarOverride christmas2025 = CalendarOverride.dayOff(LocalDate.of(2025, 12, 24), "Nghỉ bù");
        CalendarOverride saturday2026 = CalendarOverride.makeupDay(LocalDate.of(2026, 1, 10), "Làm bù");

        CalendarOverrides overrides = CalendarOverrides.of(christmas2025, saturday2026);

        assertThat(overrides.forYear(2025)).containsExactly(christmas2025);
        assertThat(overrides.forYear(2026)).containsExactly(saturday2026);
    }

    @Test
    void hungKingsDayFollowsTheLunarCalendar() {
        assertThat(calendar.daysOf(2024)).contains(
                new CalendarDay(LocalDate.of(2024, 4, 18), DayKind.HOLIDAY, "Giỗ Tổ Hùng Vương"));
        assertThat(calendar.daysOf(2025)).contains(
                new CalendarDay(LocalDate.of(2025, 4, 7), DayKind.HOLIDAY, "Giỗ Tổ Hùng Vương"));
    }

    @Test
    void everySupportedYearHasItsHolidays() {
        for (int year = 1900; year <= 2199; year++) {
            assertThat(calendar.daysOf(year)).filteredOn(d -> d.kind() == DayKind.HOLIDAY).hasSize(11);
        }
    }

    @Test
    void rejectsYearsOutsideTheSupportedRange() {
        assertThatThrownBy(() -> calendar.daysOf(1899))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1900–2199");
        assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2200, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2200");
    }
}
