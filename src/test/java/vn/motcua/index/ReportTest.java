package vn.motcua.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.calendar.WorkingCalendar;

class ReportTest {

    private static final Period MARCH = new Period(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-31"));

    private final ServiceIndex index = new ServiceIndex(IndexSettings.defaults(), WorkingCalendar.standard());

    /**
     * 1.2 = 4 × 1/3 = 1.333 → 1.33; 5.2 = 4 × 1/3 → 1.33; 5.5 = 4 × 2/3 = 2.667 → 2.67; everything else
     * empty (full). Group 1 = 6 + 1.33 + 2 + 6 = 15.33; group 5 = 6 + 1.33 + 2 + 2 + 2.67 + 2 + 2 = 18.00;
     * total = 15.33 + 20 + 12 + 10 + 18 + 18 = 93.33 (exactly 93.333…).
     */
    @Test
    void groupsAndTotalAreSumsOfTheDisplayedScores() {
        Tallies tallies = Tallies.of(Criterion.PUBLISHED_ON_TIME, new Tally(1, 3))
                .plus(Criterion.DIGITISED_DOSSIERS, new Tally(1, 3))
                .plus(Criterion.DATA_STORE_SYNC, new Tally(2, 3));

        IndexReport report = index.report("000.00.12.H56", MARCH, tallies);

        assertThat(report.groups()).extracting(GroupScore::score).extracting(BigDecimal::toPlainString)
                .containsExactly("15.33", "20.00", "12.00", "10.00", "18.00", "18.00");
        assertThat(report.total()).isEqualByComparingTo("93.33");
    }

    /**
     * Three criteria of 4 × 1/3 = 1.333 each: exactly 4.00 together, but the published rows show
     * 1.33 three times, so the group shows 3.99 and the reader's sum matches.
     */
    @Test
    void roundingNeverBreaksTheSumOfTheRows() {
        Tallies tallies = Tallies.of(Criterion.PUBLISHED_ON_TIME, new Tally(1, 3))
                .plus(Criterion.ANNOUNCED_ON_TIME, new Tally(1, 3))
                .plus(Criterion.FULL_CONTENT, new Tally(1, 3))
                .plus(Criterion.DOSSIERS_SYNCED, new Tally(1, 3));

        GroupScore publicity = index.report("000.00.12.H56", MARCH, tallies).groups().getFirst();

        // 2.00 + 1.33 + 0.67 + 2.00 = 6.00
        assertThat(publicity.score()).isEqualByComparingTo("6.00");
        assertThat(publicity.criteria().stream().map(CriterionScore::score).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(publicity.score());

        Tallies thirds = Tallies.of(Criterion.PUBLISHED_ON_TIME, new Tally(1, 3))
                .plus(Criterion.DIGITISED_DOSSIERS, new Tally(1, 3))
                .plus(Criterion.DATA_STORE_SYNC, new Tally(1, 3));
        IndexReport report = index.report("000.00.12.H56", MARCH, thirds);
        // 18 − 4 + 1.33 = 15.33; 22 − 8 + 2.66 = 16.66; 100 − 12 + 3.99 = 91.99
        assertThat(report.total()).isEqualByComparingTo("91.99");
        assertThat(report.groups().stream().map(GroupScore::score).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(report.total());
    }

    @Test
    void anEmptyUnitScoresOneHundredUnderTheDefaults() {
        IndexReport report = index.report("000.00.12.H56", MARCH, Tallies.empty());

        assertThat(report.total()).isEqualByComparingTo("100.00");
        assertThat(report.criterion(Criterion.ON_TIME).ratio()).isEmpty();
    }

    @Test
    void aRowShowsItsRatio() {
        IndexReport report = index.report("000.00.12.H56", MARCH, Tallies.of(Criterion.ON_TIME, new Tally(2, 3)));

        assertThat(report.criterion(Criterion.ON_TIME).ratio()).contains(new BigDecimal("0.6667"));
    }

    @Test
    void serialisesToTheApiShape() {
        IndexReport report = index.report("000.00.12.H56", MARCH, Tallies.of(Criterion.ON_TIME, new Tally(4, 5)));

        String json = JsonMapper.builder().build().writeValueAsString(report);

        assertThat(json).startsWith("{\"unit\":\"000.00.12.H56\",\"from\":\"2026-03-01\",\"to\":\"2026-03-31\",\"total\":96.00,"
                + "\"groups\":[{\"id\":\"1\",\"name\":\"Công khai, minh bạch\",\"max\":18,\"score\":18.00,\"criteria\":[")
                .contains("{\"id\":\"2.1\",\"name\":\"Hồ sơ giải quyết đúng hạn\",\"max\":20,\"score\":16.00,"
                        + "\"numerator\":4,\"denominator\":5,\"measured\":true}")
                .doesNotContain("ratio");
    }
}
