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
 * <p>Only units with something to measure are ranked. A unit with no dossier and no procedure in the
 * month has every criterion on the empty-denominator rule: its 100 points would say nothing about how
 * it serves people, so it is listed apart as "no data" instead of heading the table.
 *
 * @param group departments or communes
 * @param month the month ranked
 * @param rows the ranked units, best first
 * @param withoutData units with nothing to measure in the month, by name; not ranked
 */
public record Ranking(Group group, YearMonth month, List<Row> rows, List<Unranked> withoutData) {

    public Ranking {
        rows = List.copyOf(rows);
        withoutData = List.copyOf(withoutData);
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
     * @param previous last month's rank and index, absent when the unit had nothing to measure then
     */
    public record Row(int rank, String unit, String name, BigDecimal score, Previous previous) {

        /** Whether last month ranked the unit too, so that a change can be told. */
        public boolean rankedBefore() {
            return previous != null;
        }

        /** Positive when the unit climbed; zero when it was not ranked last month. */
        public int rankChange() {
            return rankedBefore() ? previous.rank() - rank : 0;
        }

        /** The change of score since last month; zero when it was not ranked last month. */
        public BigDecimal scoreChange() {
            return rankedBefore() ? score.subtract(previous.score()) : BigDecimal.ZERO;
        }
    }

    /** Last month's rank and index of a unit. */
    public record Previous(int rank, BigDecimal score) {
    }

    /** A unit with nothing to measure in the month. */
    public record Unranked(String unit, String name) {
    }

    static Ranking of(Group group, YearMonth month, List<Unit> units, Map<String, IndexReport> now,
                      Map<String, IndexReport> before) {
        Map<String, Integer> previousRanks = ranks(withData(units, before), before);
        List<Unit> measured = withData(units, now);
        Map<String, Integer> ranks = ranks(measured, now);
        List<Row> rows = new ArrayList<>();
        for (Unit unit : ordered(measured, now)) {
            Integer previousRank = previousRanks.get(unit.identifier());
            Previous previous = previousRank == null ? null
                    : new Previous(previousRank, before.get(unit.identifier()).total());
            rows.add(new Row(ranks.get(unit.identifier()), unit.identifier(), unit.name(),
                    now.get(unit.identifier()).total(), previous));
        }
        List<Unranked> withoutData = units.stream().filter(unit -> !measured.contains(unit))
                .sorted(Comparator.comparing(Unit::name)).map(unit -> new Unranked(unit.identifier(), unit.name()))
                .toList();
        return new Ranking(group, month, rows, withoutData);
    }

    private static List<Unit> withData(List<Unit> units, Map<String, IndexReport> reports) {
        return units.stream().filter(unit -> reports.get(unit.identifier()).hasData()).toList();
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
