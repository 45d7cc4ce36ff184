package vn.motcua.index;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.organization.Unit;
import vn.motcua.organization.UnitKind;
import vn.motcua.organization.UnitLevel;

/**
 * Bảng xếp hạng: the month's ranking of departments, or of communes, by index. Equal scores share
 * a rank (1, 2, 2, 4).
 *
 * @param group departments or communes
 * @param month the month ranked
 * @param rows best first
 */
public record Ranking(Group group, YearMonth month, List<Row> rows) {

    public Ranking {
        rows = List.copyOf(rows);
    }

    /** Who is ranked together. */
    public enum Group {
        /** Sở, ban, ngành. */
        DEPARTMENTS,
        /** Xã, phường, đặc khu. */
        COMMUNES;

        boolean includes(Unit unit) {
            return this == DEPARTMENTS ? unit.kind() == UnitKind.DEPARTMENT : unit.level() == UnitLevel.COMMUNE;
        }
    }

    /**
     * @param rank this month's rank
     * @param unit the unit's identifier
     * @param name its name
     * @param score this month's index
     * @param previousRank last month's rank among the same units
     * @param previousScore last month's index
     */
    public record Row(int rank, String unit, String name, BigDecimal score, int previousRank,
            BigDecimal previousScore) {

        /** Positive when the unit climbed. */
        public int rankChange() {
            return previousRank - rank;
        }

        public BigDecimal scoreChange() {
            return score.subtract(previousScore);
        }
    }

    static Ranking of(Group group, YearMonth month, List<Unit> units, Map<String, IndexReport> now,
                      Map<String, IndexReport> before) {
        Map<String, Integer> previousRanks = ranks(units, before);
        Map<String, Integer> ranks = ranks(units, now);
        List<Row> rows = new ArrayList<>();
        for (Unit unit : ordered(units, now)) {
            rows.add(new Row(ranks.get(unit.identifier()), unit.identifier(), unit.name(),
                    now.get(unit.identifier()).total(), previousRanks.get(unit.identifier()),
                    before.get(unit.identifier()).total()));
        }
        return new Ranking(group, month, rows);
    }

    private static List<Unit> ordered(List<Unit> units, Map<String, IndexReport> reports) {
        return units.stream().sorted(Comparator.comparing((Unit u) -> reports.get(u.identifier()).total()).reversed()
                .thenComparing(Unit::name)).toList();
    }

    private static Map<String, Integer> ranks(List<Unit> units, Map<String, IndexReport> reports) {
        Map<String, Integer> ranks = new HashMap<>();
        List<Unit> ordered = ordered(units, reports);
        for (int i = 0; i < ordered.size(); i++) {
            BigDecimal score = reports.get(ordered.get(i).identifier()).total();
            boolean tie = i > 0 && score.compareTo(reports.get(ordered.get(i - 1).identifier()).total()) == 0;
            ranks.put(ordered.get(i).identifier(), tie ? ranks.get(ordered.get(i - 1).identifier()) : i + 1);
        }
        return ranks;
    }
}
