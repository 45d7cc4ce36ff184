package vn.motcua.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The retention rule: the closing date's anniversary so many years later, disposal from the day after. */
class RetentionTest {

    @ParameterizedTest(name = "closed {0}, kept {1} years: last day {2}")
    @CsvSource({
            "2026-03-05, 10, 2036-03-05",
            "2026-12-31, 1, 2027-12-31",
            // 29 February has no anniversary in a common year: the last day is 28 February.
            "2028-02-29, 5, 2033-02-28",
            "2028-02-29, 4, 2032-02-29",
            "2026-01-01, 100, 2126-01-01"})
    void theLastDayIsTheClosingDatesAnniversary(LocalDate closed, int years, LocalDate lastDay) {
        assertThat(Retention.ofYears(years).lastDay(closed)).isEqualTo(lastDay);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "2036-03-04, false",
            "2036-03-05, false",
            "2036-03-06, true"})
    void disposalMayBeProposedFromTheDayAfterTheLastDay(LocalDate today, boolean passed) {
        assertThat(archived(Retention.ofYears(10), LocalDate.parse("2036-03-05")).retentionPassed(today))
                .isEqualTo(passed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-03-05", "2999-12-31"})
    void aPermanentRetentionHasNoLastDayAndNeverPasses(LocalDate today) {
        assertThat(Retention.permanent().lastDay(LocalDate.parse("2026-03-05"))).isNull();
        assertThat(archived(Retention.permanent(), null).retentionPassed(today)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 101})
    void aRetentionIsOneToAHundredYears(int years) {
        assertThatThrownBy(() -> Retention.ofYears(years)).isInstanceOf(IllegalArgumentException.class);
    }

    private static ArchivedDossier archived(Retention retention, LocalDate lastDay) {
        return new ArchivedDossier("C", "1.0", "P", "U", "U", "011090001234", "A", "RETURNED",
                LocalDateTime.parse("2026-03-02T08:00"), LocalDateTime.parse("2026-03-05T09:00"), retention, lastDay,
                Instant.EPOCH, ArchivedDossier.State.ARCHIVED, List.of(), "{}");
    }
}
