package vn.motcua.statistics;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.ProcedureContent;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierWithdrawals;
import vn.motcua.dossier.Withdrawals;
import vn.motcua.index.IndexQueries;
import vn.motcua.index.Progress;
import vn.motcua.organization.ProvinceCalendar;
import vn.motcua.organization.Unit;
import vn.motcua.organization.UnitDirectory;

/**
 * Counts a report: the index's 2.1 dossiers of the period and the dossier module's withdrawals,
 * both counted in SQL by unit, procedure and channel, then grouped here by the breakdown asked
 * (a few hundred groups at most: units × procedures × channels that had dossiers).
 */
@Service
public class MonthlyStatistics {

    private final IndexQueries index;
    private final DossierWithdrawals withdrawals;
    private final Catalog catalog;
    private final UnitDirectory units;
    private final ProvinceCalendar calendar;

    MonthlyStatistics(IndexQueries index, DossierWithdrawals withdrawals, Catalog catalog, UnitDirectory units,
            ProvinceCalendar calendar) {
        this.index = index;
        this.withdrawals = withdrawals;
        this.catalog = catalog;
        this.units = units;
        this.calendar = calendar;
    }

    /**
     * The report of the unit (null: the province) for the period.
     *
     * @throws vn.motcua.platform.NotFoundException for an unknown unit
     */
    public StatisticsReport report(String unitOrNull, ReportPeriod period, Breakdown breakdown) {
        String unitName = unitOrNull == null ? province().name() : units.get(unitOrNull).name();
        LocalDateTime now = calendar.now();
        Grouping grouping = new Grouping(breakdown);
        index.progress(unitOrNull, period.from(), period.to())
                .forEach(p -> grouping.add(p.unit(), p.procedureCode(), p.channel(), StatisticsFigures.of(p)));
        withdrawnIn(unitOrNull, period, now)
                .forEach(w -> grouping.add(w.unit(), w.procedureCode(), w.channel(), StatisticsFigures.of(w)));
        if (breakdown == Breakdown.UNIT) {
            unitsOf(unitOrNull).forEach(unit -> grouping.ensure(unit.identifier(), unit.name()));
        }
        List<StatisticsRow> rows = grouping.rows();
        StatisticsFigures total = rows.stream().map(StatisticsRow::figures)
                .reduce(StatisticsFigures.ZERO, StatisticsFigures::plus);
        return new StatisticsReport(unitOrNull, unitName, period, breakdown, rows, total, now);
    }

    /** Withdrawals from the period's first midnight up to now, or to its end once it is over. */
    private List<Withdrawals> withdrawnIn(String unitOrNull, ReportPeriod period, LocalDateTime now) {
        ZoneId zone = calendar.calendar().workingHours().zone();
        LocalDateTime end = period.to().plusDays(1).atStartOfDay();
        // Up to now included: the database keeps microseconds, so the exclusive bound is a microsecond on.
        LocalDateTime until = now.isBefore(end) ? now.plus(1, ChronoUnit.MICROS) : end;
        return withdrawals.between(unitOrNull, period.from().atStartOfDay(zone).toInstant(),
                until.atZone(zone).toInstant());
    }

    /** The units a unit breakdown lists even without dossiers: the one asked, or every active unit of the province. */
    private List<Unit> unitsOf(String unitOrNull) {
        if (unitOrNull != null) {
            return List.of(units.get(unitOrNull));
        }
        return units.all().stream().filter(u -> u.parent() != null && u.active()).toList();
    }

    private Unit province() {
        return units.all().stream().filter(u -> u.parent() == null).findFirst().orElseThrow();
    }

    /** Sums figures by the breakdown's key, remembering each key's name. */
    private final class Grouping {

        private final Breakdown breakdown;
        private final Map<String, StatisticsFigures> figures = new HashMap<>();
        private final Map<String, String> names = new HashMap<>();
        private final Map<String, Optional<ProcedureContent>> procedures = new HashMap<>();

        Grouping(Breakdown breakdown) {
            this.breakdown = breakdown;
        }

        void add(String unit, String procedureCode, Channel channel, StatisticsFigures added) {
            String key = switch (breakdown) {
                case UNIT -> unit == null ? "" : unit;
                case CHANNEL -> channel.name();
                case PROCEDURE -> procedureCode == null ? "" : procedureCode;
                case FIELD -> procedure(procedureCode).map(ProcedureContent::field).orElse("");
            };
            figures.merge(key, added, StatisticsFigures::plus);
            names.computeIfAbsent(key, k -> name(k, unit, procedureCode));
        }

        void ensure(String key, String name) {
            figures.putIfAbsent(key, StatisticsFigures.ZERO);
            names.put(key, name);
        }

        private String name(String key, String unit, String procedureCode) {
            return switch (breakdown) {
                case UNIT -> unit == null ? null : units.find(unit).map(Unit::name).orElse(null);
                case CHANNEL -> null;
                case PROCEDURE -> procedure(procedureCode).map(ProcedureContent::name).orElse(null);
                case FIELD -> key.isEmpty() ? null : key;
            };
        }

        private Optional<ProcedureContent> procedure(String code) {
            if (code == null) {
                return Optional.empty();
            }
            return procedures.computeIfAbsent(code,
                    c -> catalog.allVersions(c).stream().findFirst().map(Procedure::content));
        }

        List<StatisticsRow> rows() {
            List<StatisticsRow> rows = new ArrayList<>(figures.keySet().stream()
                    .map(key -> new StatisticsRow(key, names.get(key), figures.get(key))).toList());
            rows.sort(order());
            return rows;
        }

        /** Units as the directory lists them, channels by code, fields and procedures by name; unknown last. */
        private Comparator<StatisticsRow> order() {
            return switch (breakdown) {
                case UNIT -> {
                    Map<String, Integer> position = new LinkedHashMap<>();
                    units.all().forEach(u -> position.put(u.identifier(), position.size()));
                    yield Comparator.comparing(row -> position.getOrDefault(row.key(), Integer.MAX_VALUE));
                }
                case CHANNEL -> Comparator.comparing(row -> Channel.valueOf(row.key()).code());
                case FIELD, PROCEDURE -> Comparator.comparing((StatisticsRow row) -> row.name() == null)
                        .thenComparing(row -> row.name() == null ? row.key() : row.name())
                        .thenComparing(StatisticsRow::key);
            };
        }
    }
}
