package vn.motcua.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Points from numerator and denominator, computed by hand. */
class PointsTest {

    private final IndexSettings defaults = IndexSettings.defaults();

    @ParameterizedTest(name = "{0}: {1} of {2} → {3}  ({4})")
    @CsvSource(delimiter = '|', textBlock = """
        2.1 |  4 |   5 | 16.00 | 0.8 × 20
        2.1 |  3 |   4 | 15.00 | 3/4 × 20
        1.1 |  1 |   3 |  2.00 | 1/3 × 6
        1.2 |  1 |   3 |  1.33 | 1/3 × 4 = 1.333
        1.3 |  1 |   3 |  0.67 | 1/3 × 2 = 0.667
        1.4 |  2 |   3 |  4.00 | 2/3 × 6
        3.1 |  5 |   7 |  8.57 | 5/7 × 12 = 8.571
        4.1 |  1 |  16 |  0.38 | 1/16 × 6 = 0.375, half-up
        3.1 |  1 |  96 |  0.13 | 12/96 = 0.125 exactly: half-up, not half-even (0.12)
        5.6 |  1 |  16 |  0.13 | 2/16 = 0.125 exactly: half-up, not half-even (0.12)
        5.1 |  6 |   6 |  6.00 | all
        5.2 |  0 |   9 |  0.00 | none
        5.5 |  2 |   3 |  2.67 | 2/3 × 4 = 2.667
        5.6 |  1 |   8 |  0.25 | 1/8 × 2
        5.6 |  3 |  80 |  0.08 | 2 × 3/80 = 0.075 exactly, half-up
        5.7 |  5 |   8 |  1.25 | 5/8 × 2
        5.3 |  3 |   4 |  1.50 | 3 of 4 communes × 2
        5.3 |  0 |   1 |  0.00 | a commune that certified nothing scores itself 0
        5.3 |  1 |   1 |  2.00 | … or 2
        4.2 |  3 |  10 |  0.75 | min(2, 2.5 × 0.3)
        4.2 |  4 |   5 |  2.00 | 2.5 × 0.8 = 2: the cap is reached exactly
        4.2 |  9 |  10 |  2.00 | 2.5 × 0.9 = 2.25, capped at 2
        4.3 |  7 |  10 |  1.75 | min(2, 2.5 × 0.7)
        4.3 |  1 |   3 |  0.83 | 2.5 / 3 = 0.833
        5.4 |  3 |   5 |  1.50 | 2 × 0.6 ÷ 0.8
        5.4 |  4 |   5 |  2.00 | 0.8 is the threshold: full
        5.4 | 79 | 100 |  1.98 | 2 × 0.79 ÷ 0.8 = 1.975, half-up
        5.4 |  1 |   1 |  2.00 | min(1, 1.25) × 2
        6.3 |  9 |  10 |  6.00 | 0.9 is the threshold: full
        6.3 | 19 |  20 |  6.00 | 0.95 ÷ 0.9 capped at 1
        6.3 |  8 |  10 |  5.33 | 6 × 0.8 ÷ 0.9 = 5.333
        6.3 |  3 |   4 |  5.00 | 6 × 0.75 ÷ 0.9
        6.3 | -1 |   4 |  0.00 | 1 − 3/4 late − 2/4 complained < 0: clamped to 0
        2.1 |  0 |   0 | 20.00 | empty denominator: full (assumed)
        3.1 |  0 |   0 | 12.00 | empty denominator: full (assumed)
        6.1 |  0 |   0 |  6.00 | no feedback: full (assumed)
        6.2 |  0 |   0 |  6.00 | no feedback: full (assumed)
        """)
    void pointsOfATally(String id, long numerator, long denominator, BigDecimal expected, String arithmetic) {
        assertThat(Criterion.ofId(id).points(new Tally(numerator, denominator), defaults)).isEqualTo(expected);
    }

    @Test
    void doubleArithmeticWouldRoundATieTheWrongWay() {
        double viaDouble = 2 * (3.0 / 80);
        assertThat(new BigDecimal(viaDouble).setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("0.07");
        assertThat(Criterion.POPULATION_DATA_IN_DOSSIERS.points(new Tally(3, 80), defaults)).isEqualByComparingTo("0.08");
    }

    @Test
    void emptyDenominatorsScoreZeroWhenTheSettingIsOff() {
        IndexSettings strict = defaults.withEmptyDenominatorGivesFullPoints(false);

        assertThat(Criterion.ON_TIME.points(Tally.ZERO, strict)).isEqualByComparingTo("0");
        assertThat(Criterion.ANNOUNCED_ON_TIME.points(Tally.ZERO, strict)).isEqualByComparingTo("0");
        assertThat(Criterion.FEEDBACK_ON_TIME.points(Tally.ZERO, strict))
                .as("feedback has its own rule").isEqualByComparingTo("6");
    }

    @Test
    void noFeedbackScoresZeroWhenItsSettingIsOff() {
        IndexSettings strict = defaults.withNoFeedbackGivesFullPoints(false);

        assertThat(Criterion.FEEDBACK_ON_TIME.points(Tally.ZERO, strict)).isEqualByComparingTo("0");
        assertThat(Criterion.FEEDBACK_SATISFACTION.points(Tally.ZERO, strict)).isEqualByComparingTo("0");
        assertThat(Criterion.ON_TIME.points(Tally.ZERO, strict)).isEqualByComparingTo("20");
    }

    @Test
    void aThresholdMustBeAShare() {
        IndexSettings d = defaults;
        assertThatThrownBy(() -> new IndexSettings(true, true, BigDecimal.ZERO, d.reuseFullAt(),
                d.dossierSatisfactionFullAt(), 5, 5, 15, 2, 5, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IndexSettings(true, true, d.onlinePaymentFullAt(), new BigDecimal("1.2"),
                d.dossierSatisfactionFullAt(), 5, 5, 15, 2, 5, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTallyCannotCountMoreThanItLooksAt() {
        assertThatThrownBy(() -> new Tally(3, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Tally(-3, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Tally(1, 2).plus(Tally.one(true))).isEqualTo(new Tally(2, 3));
    }
}
