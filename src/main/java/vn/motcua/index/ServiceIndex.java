package vn.motcua.index;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.index.internal.DossierRules;
import vn.motcua.index.internal.FeedbackRules;
import vn.motcua.index.internal.LateForecast;
import vn.motcua.index.internal.ProcedureRules;
import vn.motcua.index.internal.Window;
import vn.motcua.index.internal.WorkingDays;

/**
 * Chỉ số phục vụ người dân, doanh nghiệp (Decision 766): classifies items into tallies, scores
 * tallies into a report, and warns of dossiers about to turn late. Pure and thread-safe.
 *
 * <p>The caller picks the items of one unit (or of the whole province: its index is computed over
 * all its items, not averaged over units), classifies each for a period at a moment, sums the
 * tallies and asks for the report. {@code now} is the moment the index is computed; a period not
 * over is judged as of now, a closed one as of its end.
 */
public final class ServiceIndex {

    private final IndexSettings settings;
    private final ProcedureRules procedures;
    private final FeedbackRules feedback;
    private final LateForecast forecast;

    public ServiceIndex(IndexSettings settings, WorkingCalendar calendar) {
        WorkingDays workingDays = new WorkingDays(calendar);
        this.settings = settings;
        this.procedures = new ProcedureRules(settings, workingDays);
        this.feedback = new FeedbackRules(settings, workingDays);
        this.forecast = new LateForecast(calendar);
    }

    /** What one dossier counts in: 1.4, 2.1, 3.1, 4.1, 5.1, 5.2, 5.4, 5.5, 5.6, 6.3. */
    public Tallies classify(DossierFacts dossier, Period period, LocalDateTime now) {
        return DossierRules.classify(dossier, new Window(period, now));
    }

    /** What one procedure counts in: 1.1, 1.2, 1.3, 4.2, 4.3, 5.7. */
    public Tallies classify(ProcedureFacts procedure, Period period, LocalDateTime now) {
        return procedures.classify(procedure, new Window(period, now));
    }

    /** What one feedback item counts in: 6.1, 6.2. */
    public Tallies classify(FeedbackFacts item, Period period, LocalDateTime now) {
        return feedback.classify(item, new Window(period, now));
    }

    /** What one commune counts in 5.3: itself, scoring 0 or 2; the province, all its communes. */
    public Tallies classify(CommuneFacts commune) {
        return Tallies.of(Criterion.ELECTRONIC_COPY_CERTIFICATION, Tally.one(commune.issuedElectronicCopies()));
    }

    /**
     * The index from summed tallies. Each criterion is rounded to two decimals from its exact
     * fraction; a group's score is the sum of its rounded criteria and the total the sum of the
     * groups, so every displayed sum adds up.
     */
    public IndexReport report(String unit, Period period, Tallies tallies) {
        return report(unit, period, tallies, Set.of());
    }

    /** The same, with criteria whose facts are not collected flagged and counted as empty. */
    public IndexReport report(String unit, Period period, Tallies tallies, Set<Criterion> notMeasured) {
        List<GroupScore> groups = Arrays.stream(CriterionGroup.values())
                .map(group -> score(group, tallies, notMeasured)).toList();
        BigDecimal total = groups.stream().map(GroupScore::score).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        return new IndexReport(unit, period.from(), period.to(), total, groups);
    }

    /**
     * Open dossiers turning late within {@code horizon} of working time, and what it costs: 2.1 and
     * 6.3 recomputed with them counted late. {@code current} must be the unit's tallies for the
     * period at {@code now}, these dossiers included.
     */
    public EarlyWarning earlyWarning(Tallies current, Collection<DossierFacts> open, Period period,
                                     LocalDateTime now, Duration horizon) {
        List<DossierAtRisk> atRisk = forecast.atRisk(open, new Window(period, now), horizon);
        return new EarlyWarning(atRisk, loss(Criterion.ON_TIME, current, atRisk.size()),
                loss(Criterion.DOSSIER_SATISFACTION, current, atRisk.size()));
    }

    /** Both 2.1 and 6.3 lose one from the numerator per dossier turning late. */
    private BigDecimal loss(Criterion criterion, Tallies current, int turningLate) {
        Tally now = current.get(criterion);
        Tally then = new Tally(now.numerator() - turningLate, now.denominator());
        return criterion.points(now, settings).subtract(criterion.points(then, settings));
    }

    private GroupScore score(CriterionGroup group, Tallies tallies, Set<Criterion> notMeasured) {
        List<CriterionScore> rows = group.criteria().stream().map(criterion -> notMeasured.contains(criterion)
                ? score(criterion, Tally.ZERO, false) : score(criterion, tallies.get(criterion), true)).toList();
        BigDecimal sum = rows.stream().map(CriterionScore::score).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        return new GroupScore(group.id(), group.nameVi(), group.max(), sum, rows);
    }

    private CriterionScore score(Criterion criterion, Tally tally, boolean measured) {
        return new CriterionScore(criterion.id(), criterion.nameVi(), criterion.max(), criterion.points(tally, settings),
                tally.numerator(), tally.denominator(), measured);
    }
}
