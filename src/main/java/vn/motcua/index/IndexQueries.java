package vn.motcua.index;

import static vn.motcua.index.Criterion.DOSSIERS_SYNCED;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.index.internal.CommuneCertifications;
import vn.motcua.index.internal.DossierFactsStore;
import vn.motcua.index.internal.FeedbackSource;
import vn.motcua.index.internal.IndexAggregation;
import vn.motcua.index.internal.PortalSyncLateness;
import vn.motcua.index.internal.ProcedureRules;
import vn.motcua.index.internal.ProgressCounts;
import vn.motcua.index.internal.Window;
import vn.motcua.index.internal.WorkingDays;
import vn.motcua.organization.ProvinceCalendar;
import vn.motcua.organization.Unit;
import vn.motcua.organization.UnitDirectory;

/**
 * The index of a unit, or of the province, for any period, its monthly ranking and trend, and the
 * early warning; read from the daily tallies the index keeps (see {@code IndexAggregation}), so
 * its cost does not grow with the history.
 *
 * <p><b>What is not measured.</b> {@link #NOT_YET_MEASURED} is empty: 6.1 and 6.2 are measured from the
 * feedback module's items ({@code FeedbackSource}) since Motcua handles complaints and feedback; a
 * criterion put back there would be reported with an empty denominator and flagged {@code measured =
 * false}. Everything is measured; what Motcua does not do yet (sign
 * results, collect fees online) counts as not done, because it was not. 1.4 takes out the dossiers whose
 * change in the period the national portal acknowledged late ({@code PortalSyncLateness}).
 *
 * <p>Each call reads in one snapshot (repeatable read): the daily tallies, the day's dossiers and the
 * open ones must agree, or a dossier finishing between two reads would count twice or not at all.
 */
@Service
@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
public class IndexQueries {

    /** Criteria whose facts are not collected: always reported as 0/0 and flagged. None today. */
    public static final Set<Criterion> NOT_YET_MEASURED = EnumSet.noneOf(Criterion.class);

    private final IndexAggregation aggregation;
    private final DossierFactsStore facts;
    private final ProvinceCalendar calendar;
    private final UnitDirectory units;
    private final IndexSettings settings;
    private final CommuneCertifications certifications;
    private final ProgressCounts progress;
    private final PortalSyncLateness lateness;
    private final FeedbackSource feedback;

    IndexQueries(IndexAggregation aggregation, DossierFactsStore facts, ProvinceCalendar calendar, UnitDirectory units,
                 IndexSettings settings, CommuneCertifications certifications, ProgressCounts progress,
                 PortalSyncLateness lateness, FeedbackSource feedback) {
        this.feedback = feedback;
        this.progress = progress;
        this.certifications = certifications;
        this.lateness = lateness;
        this.aggregation = aggregation;
        this.facts = facts;
        this.calendar = calendar;
        this.units = units;
        this.settings = settings;
    }

    /**
     * The index of {@code unitOrNull} (a unit's identifier; null for the whole province, computed
     * over all its dossiers and procedures) for the days {@code from}–{@code to}, both included, as of
     * now: a period not over is judged as of now, a closed one as of its end.
     *
     * @throws vn.motcua.platform.NotFoundException for an unknown unit
     * @throws IllegalArgumentException when {@code to} is before {@code from}
     */
    public IndexReport report(String unitOrNull, LocalDate from, LocalDate to) {
        String label = unitOrNull == null ? provinceIdentifier() : units.get(unitOrNull).identifier();
        Period period = new Period(from, to);
        Map<String, Tallies> byUnit = tallies(period, unitOrNull);
        Tallies sum = byUnit.values().stream().reduce(Tallies.empty(), Tallies::plus);
        return index().report(label, period, sum, NOT_YET_MEASURED);
    }

    /** The province's index and every unit's for the period, the province first. */
    public Map<String, IndexReport> reports(LocalDate from, LocalDate to) {
        Period period = new Period(from, to);
        Map<String, Tallies> byUnit = tallies(period, null);
        ServiceIndex index = index();
        Map<String, IndexReport> reports = new LinkedHashMap<>();
        Tallies sum = byUnit.values().stream().reduce(Tallies.empty(), Tallies::plus);
        reports.put(provinceIdentifier(), index.report(provinceIdentifier(), period, sum, NOT_YET_MEASURED));
        for (Unit unit : units.all()) {
            if (unit.parent() != null) {
                reports.put(unit.identifier(), index.report(unit.identifier(), period,
                        byUnit.getOrDefault(unit.identifier(), Tallies.empty()), NOT_YET_MEASURED));
            }
        }
        return reports;
    }

    /** The monthly ranking of departments or of communes, with the changes from the month before. */
    public Ranking ranking(Ranking.Group group, YearMonth month) {
        List<Unit> ranked = units.all().stream().filter(Unit::active).filter(group::includes).toList();
        Map<String, IndexReport> now = reports(month.atDay(1), month.atEndOfMonth());
        YearMonth before = month.minusMonths(1);
        Map<String, IndexReport> then = reports(before.atDay(1), before.atEndOfMonth());
        return Ranking.of(group, month, ranked, now, then);
    }

    /** The index of the unit (null: the province) month by month, oldest first. */
    public List<IndexReport> trend(String unitOrNull, YearMonth first, YearMonth last) {
        List<IndexReport> months = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            months.add(report(unitOrNull, month.atDay(1), month.atEndOfMonth()));
        }
        return months;
    }

    /**
     * Dossiers of the unit (null: the province) turning late within {@code horizon} of working time,
     * and the points this month's index loses if they do.
     */
    public EarlyWarning earlyWarning(String unitOrNull, Duration horizon) {
        if (unitOrNull != null) {
            units.get(unitOrNull);
        }
        LocalDateTime now = calendar.now();
        YearMonth month = YearMonth.from(now);
        Period period = new Period(month.atDay(1), month.atEndOfMonth());
        Tallies current = tallies(period, unitOrNull).values().stream().reduce(Tallies.empty(), Tallies::plus);
        return index().earlyWarning(current, facts.openAt(unitOrNull, now), period, now, horizon);
    }

    /**
     * The dossiers of 2.1 for the days {@code from}–{@code to} of the unit (null: the province), by
     * unit, procedure and channel, by where each stands as of now (a closed period: as of its end);
     * their sum is 2.1's tally of {@link #report} for the same days. For reports read from the same
     * facts as the index (the monthly statistics).
     *
     * @throws vn.motcua.platform.NotFoundException for an unknown unit
     * @throws IllegalArgumentException when {@code to} is before {@code from}
     */
    public List<Progress> progress(String unitOrNull, LocalDate from, LocalDate to) {
        if (unitOrNull != null) {
            units.get(unitOrNull);
        }
        return progress.of(new Window(new Period(from, to), calendar.now()), unitOrNull);
    }

    /** The settings the index is computed with. */
    public IndexSettings settings() {
        return settings;
    }

    private Map<String, Tallies> tallies(Period period, String unitOrNull) {
        ProcedureRules rules = new ProcedureRules(settings, new WorkingDays(calendar.calendar()));
        Window window = new Window(period, calendar.now());
        Map<String, Tallies> byUnit = new LinkedHashMap<>(aggregation.byUnit(window, rules, unitOrNull));
        ServiceIndex index = index();
        certifications.of(period, unitOrNull)
                .forEach(commune -> byUnit.merge(commune.commune(), index.classify(commune), Tallies::plus));
        feedback.of(window, unitOrNull).forEach(item -> byUnit.merge(item.unit(),
                index.classify(item, period, window.now()), Tallies::plus));
        lateness.of(window, unitOrNull).values().forEach(late -> byUnit.computeIfPresent(late.dossier().unit(),
                (unit, tallies) -> withoutOneSynced(tallies)));
        return byUnit;
    }

    /** 1.4 of the unit less one dossier its facts count as synced: its change reached the portal late. */
    private static Tallies withoutOneSynced(Tallies tallies) {
        Tally synced = tallies.get(DOSSIERS_SYNCED);
        return tallies.with(DOSSIERS_SYNCED, new Tally(synced.numerator() - 1, synced.denominator()));
    }

    private ServiceIndex index() {
        return new ServiceIndex(settings, calendar.calendar());
    }

    private String provinceIdentifier() {
        return units.all().stream().filter(u -> u.parent() == null).map(Unit::identifier).findFirst().orElse(null);
    }
}
