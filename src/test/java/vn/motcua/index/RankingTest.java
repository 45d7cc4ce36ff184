package vn.motcua.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.organization.Unit;
import vn.motcua.organization.UnitKind;
import vn.motcua.organization.UnitLevel;

/**
 * The monthly ranking, from hand-made scores: equal scores share a rank and the next rank skips
 * (1, 2, 2, 4), a climb is a positive change, and a unit with nothing to measure is not ranked
 * however many points the empty-denominator rule gives it.
 */
class RankingTest {

    private static final YearMonth MARCH = YearMonth.of(2043, 3);

    private static final Unit AN = commune("X1", "Xã An");
    private static final Unit BINH = commune("X2", "Xã Bình");
    private static final Unit CHAU = commune("X3", "Xã Châu");
    private static final Unit DONG = commune("X4", "Xã Đông");
    private static final Unit EMPTY = commune("X5", "Xã Én");

    @Test
    void equalScoresShareARankAndTheNextRankSkips() {
        Map<String, IndexReport> march = reports(AN, "90.00", BINH, "80.00", CHAU, "80.00", DONG, "70.00");
        Map<String, IndexReport> february = reports(AN, "90.00", BINH, "80.00", CHAU, "80.00", DONG, "70.00");

        Ranking ranking = Ranking.of(Ranking.Group.COMMUNES, MARCH, List.of(AN, BINH, CHAU, DONG), march, february);

        assertThat(ranking.rows()).extracting(Ranking.Row::name, Ranking.Row::rank)
                .containsExactly(tuple("Xã An", 1), tuple("Xã Bình", 2), tuple("Xã Châu", 2), tuple("Xã Đông", 4));
    }

    @Test
    void aUnitThatClimbsHasAPositiveChangeOfRankAndScore() {
        Map<String, IndexReport> february = reports(AN, "90.00", BINH, "80.00", CHAU, "70.00");
        Map<String, IndexReport> march = reports(AN, "85.00", BINH, "80.00", CHAU, "95.50");

        Ranking ranking = Ranking.of(Ranking.Group.COMMUNES, MARCH, List.of(AN, BINH, CHAU), march, february);

        Ranking.Row chau = row(ranking, "X3");
        assertThat(chau.rank()).isEqualTo(1);
        assertThat(chau.previous().rank()).isEqualTo(3);
        assertThat(chau.rankChange()).isEqualTo(2);
        assertThat(chau.scoreChange()).isEqualByComparingTo("25.50");
        Ranking.Row an = row(ranking, "X1");
        assertThat(an.rank()).isEqualTo(2);
        assertThat(an.rankChange()).isEqualTo(-1);
        assertThat(an.scoreChange()).isEqualByComparingTo("-5.00");
        assertThat(row(ranking, "X2").rankChange()).as("second, now third").isEqualTo(-1);
    }

    @Test
    void aUnitWithNothingToMeasureIsListedApartAndNotRankedDespiteItsFullPoints() {
        Map<String, IndexReport> march = reports(AN, "90.00", BINH, "60.00");
        march.put(EMPTY.identifier(), report(EMPTY, "100.00", 0));
        Map<String, IndexReport> february = new HashMap<>(march);

        Ranking ranking = Ranking.of(Ranking.Group.COMMUNES, MARCH, List.of(AN, BINH, EMPTY), march, february);

        assertThat(ranking.rows()).extracting(Ranking.Row::name, Ranking.Row::rank)
                .containsExactly(tuple("Xã An", 1), tuple("Xã Bình", 2));
        assertThat(ranking.withoutData()).containsExactly(new Ranking.Unranked("X5", "Xã Én"));
    }

    @Test
    void aUnitWithoutDataLastMonthIsNewlyRankedAndDoesNotCountInLastMonthsRanks() {
        Map<String, IndexReport> february = reports(BINH, "60.00");
        february.put(AN.identifier(), report(AN, "100.00", 0));
        Map<String, IndexReport> march = reports(AN, "90.00", BINH, "70.00");

        Ranking ranking = Ranking.of(Ranking.Group.COMMUNES, MARCH, List.of(AN, BINH), march, february);

        Ranking.Row an = row(ranking, "X1");
        assertThat(an.rankedBefore()).isFalse();
        assertThat(an.rankChange()).isZero();
        Ranking.Row binh = row(ranking, "X2");
        assertThat(binh.previous().rank()).as("first among the units that had data").isEqualTo(1);
        assertThat(binh.rankChange()).isEqualTo(-1);
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }

    private static Ranking.Row row(Ranking ranking, String unit) {
        return ranking.rows().stream().filter(row -> row.unit().equals(unit)).findFirst().orElseThrow();
    }

    private static Map<String, IndexReport> reports(Object... unitsAndScores) {
        Map<String, IndexReport> reports = new HashMap<>();
        for (int i = 0; i < unitsAndScores.length; i += 2) {
            Unit unit = (Unit) unitsAndScores[i];
            reports.put(unit.identifier(), report(unit, (String) unitsAndScores[i + 1], 10));
        }
        return reports;
    }

    /** A report whose one criterion counted {@code dossiers} dossiers. */
    private static IndexReport report(Unit unit, String total, long dossiers) {
        BigDecimal score = new BigDecimal(total);
        CriterionScore criterion = new CriterionScore("2.1", "Tiến độ", 100, score, dossiers, dossiers, true);
        return new IndexReport(unit.identifier(), MARCH.atDay(1), LocalDate.of(2043, 3, 31), score,
                List.of(new GroupScore("2", "Tiến độ", 100, score, List.of(criterion))));
    }

    private static Unit commune(String identifier, String name) {
        return new Unit(identifier, name, UnitLevel.COMMUNE, UnitKind.COMMUNE, "H18", true, null);
    }
}
