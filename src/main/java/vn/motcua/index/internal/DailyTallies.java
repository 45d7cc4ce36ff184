package vn.motcua.index.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.motcua.index.Criterion;
import vn.motcua.index.Tallies;
import vn.motcua.index.Tally;

/** {@code index_daily_tally} and {@code index_daily_online_payment}: the dossiers' tallies per unit and day. */
@Repository
public class DailyTallies {

    /** A procedure of a unit. */
    public record UnitProcedure(String unit, String procedureCode) {
    }

    private final JdbcTemplate jdbc;

    public DailyTallies(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the differences, row by row in key order. */
    void add(DailyContributions changes) {
        List<Object[]> tallies = changes.tallies.entrySet().stream()
                .filter(e -> e.getValue()[0] != 0 || e.getValue()[1] != 0)
                .map(e -> new Object[] {e.getKey().day(), e.getKey().unit(), e.getKey().criterion().id(),
                    e.getValue()[0], e.getValue()[1]})
                .toList();
        jdbc.batchUpdate("""
                insert into index_daily_tally as t (day, unit, criterion, numerator, denominator) values (?, ?, ?, ?, ?)
                on conflict (day, unit, criterion) do update set numerator = t.numerator + excluded.numerator,
                    denominator = t.denominator + excluded.denominator
                """, tallies);
        List<Object[]> payments = changes.payments.entrySet().stream().filter(e -> e.getValue() != 0)
                .map(e -> new Object[] {e.getKey().day(), e.getKey().unit(), e.getKey().procedureCode(), e.getValue()})
                .toList();
        jdbc.batchUpdate("""
                insert into index_daily_online_payment as p (day, unit, procedure_code, dossiers) values (?, ?, ?, ?)
                on conflict (day, unit, procedure_code) do update set dossiers = p.dossiers + excluded.dossiers
                """, payments);
    }

    /** Each unit's tallies over the days {@code from} (included) to {@code toExclusive}. */
    public Map<String, Tallies> sum(LocalDate from, LocalDate toExclusive) {
        Map<String, Tallies> byUnit = new HashMap<>();
        if (!from.isBefore(toExclusive)) {
            return byUnit;
        }
        jdbc.query("""
                select unit, criterion, sum(numerator) as n, sum(denominator) as d from index_daily_tally
                where day >= ? and day < ? group by unit, criterion
                """, rs -> {
            Tally tally = new Tally(rs.getLong("n"), rs.getLong("d"));
            byUnit.merge(rs.getString("unit"), Tallies.of(Criterion.ofId(rs.getString("criterion")), tally),
                    Tallies::plus);
        }, from, toExclusive);
        return byUnit;
    }

    /** The procedures of each unit with a dossier paid online entering handling in the days. */
    public Set<UnitProcedure> paidOnline(LocalDate from, LocalDate toExclusive) {
        Set<UnitProcedure> paid = new HashSet<>();
        if (from.isBefore(toExclusive)) {
            jdbc.query("""
                    select unit, procedure_code from index_daily_online_payment where day >= ? and day < ?
                    group by unit, procedure_code having sum(dossiers) > 0
                    """, rs -> {
                paid.add(new UnitProcedure(rs.getString(1), rs.getString(2)));
            }, from, toExclusive);
        }
        return paid;
    }

    /** Deletes rather than truncates, so readers of the index are never blocked. */
    void clear() {
        jdbc.update("delete from index_daily_tally");
        jdbc.update("delete from index_daily_online_payment");
    }
}
