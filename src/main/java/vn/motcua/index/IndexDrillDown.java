package vn.motcua.index;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.dossier.DossierView;
import vn.motcua.index.internal.CommuneCertifications;
import vn.motcua.index.internal.DossierFactsStore;
import vn.motcua.index.internal.FeedbackRules;
import vn.motcua.index.internal.FeedbackSource;
import vn.motcua.index.internal.IndexAggregation;
import vn.motcua.index.internal.LossReasons;
import vn.motcua.index.internal.PortalSyncLateness;
import vn.motcua.index.internal.ProcedureRules;
import vn.motcua.index.internal.Window;
import vn.motcua.index.internal.WorkingDays;
import vn.motcua.organization.ProvinceCalendar;
import vn.motcua.organization.UnitDirectory;

/**
 * From a number to what is behind it: the dossiers or procedures one criterion counts for a unit
 * (or the province) and a period, each that loses points with its reason; for a live dossier that
 * turned late, the step that overran and whose hands it was in.
 */
@Service
@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
public class IndexDrillDown {

    private static final Comparator<DrillDownLine> LOSING_FIRST =
            Comparator.comparing(DrillDownLine::meets).thenComparing(DrillDownLine::code);

    private final DossierFactsStore facts;
    private final IndexAggregation aggregation;
    private final DossierQueries dossiers;
    private final UnitDirectory units;
    private final ProvinceCalendar calendar;
    private final IndexSettings settings;
    private final CommuneCertifications certifications;
    private final PortalSyncLateness lateness;
    private final FeedbackSource feedback;

    IndexDrillDown(DossierFactsStore facts, IndexAggregation aggregation, DossierQueries dossiers, UnitDirectory units,
                   ProvinceCalendar calendar, IndexSettings settings, CommuneCertifications certifications,
                   PortalSyncLateness lateness, FeedbackSource feedback) {
        this.feedback = feedback;
        this.certifications = certifications;
        this.lateness = lateness;
        this.facts = facts;
        this.aggregation = aggregation;
        this.dossiers = dossiers;
        this.units = units;
        this.calendar = calendar;
        this.settings = settings;
    }

    /**
     * The page {@code page} (zero-based) of {@code size} items behind the criterion, losing first.
     *
     * @throws vn.motcua.platform.NotFoundException for an unknown unit
     */
    public DrillDown of(String unitOrNull, LocalDate from, LocalDate to, Criterion criterion, int page, int size) {
        if (unitOrNull != null) {
            units.get(unitOrNull);
        }
        Window window = new Window(new Period(from, to), calendar.now());
        ProcedureRules procedureRules = new ProcedureRules(settings, new WorkingDays(calendar.calendar()));
        LossReasons reasons = new LossReasons(calendar.calendar(), procedureRules);
        List<DrillDownLine> lines = switch (criterion.basis()) {
            case DOSSIERS -> dossierLines(unitOrNull, criterion, window, reasons);
            case PROCEDURES -> procedureLines(unitOrNull, criterion, window, procedureRules, reasons);
            case COMMUNES -> communeLines(unitOrNull, window.period());
            case FEEDBACK -> feedbackLines(unitOrNull, criterion, window);
        };
        List<DrillDownLine> shown = lines.stream().sorted(LOSING_FIRST).skip((long) page * size).limit(size)
                .map(line -> withStep(line, criterion, window.asOf())).toList();
        return new DrillDown(criterion, lines.size(), lines.stream().filter(DrillDownLine::meets).count(), page, size,
                shown);
    }

    private List<DrillDownLine> dossierLines(String unit, Criterion criterion, Window window, LossReasons reasons) {
        ServiceIndex index = new ServiceIndex(settings, calendar.calendar());
        Map<String, PortalSyncLateness.Late> late = criterion == Criterion.DOSSIERS_SYNCED
                ? lateness.of(window, unit) : Map.of();
        List<DrillDownLine> lines = new ArrayList<>();
        for (DossierFacts dossier : facts.handledBetween(unit, window.start(), window.end())) {
            Tally tally = index.classify(dossier, window.period(), window.now()).get(criterion);
            if (!tally.isEmpty()) {
                PortalSyncLateness.Late syncedLate = late.get(dossier.code());
                boolean meets = tally.numerator() == tally.denominator() && syncedLate == null;
                LossReason reason = meets ? null
                        : syncedLate != null ? lateness.reason(syncedLate) : reasons.of(dossier, criterion, window);
                lines.add(new DrillDownLine(dossier.code(), dossier.unit(), dossier.procedureCode(), meets, reason,
                        null, null));
            }
        }
        return lines;
    }

    private List<DrillDownLine> procedureLines(String unit, Criterion criterion, Window window, ProcedureRules rules,
                                               LossReasons reasons) {
        List<DrillDownLine> lines = new ArrayList<>();
        for (IndexAggregation.ProcedureTally version : aggregation.procedures(window, rules)) {
            ProcedureFacts procedure = version.procedure();
            Tally tally = version.tallies().get(criterion);
            if (!tally.isEmpty() && (unit == null || unit.equals(procedure.unit()))) {
                boolean meets = tally.numerator() == tally.denominator();
                lines.add(new DrillDownLine(procedure.code(), procedure.unit(), procedure.code(), meets,
                        meets ? null : reasons.of(procedure, criterion), null, null));
            }
        }
        return lines;
    }

    /** 5.3: each commune, losing when it certified no electronic copy in the period. */
    private List<DrillDownLine> communeLines(String unit, Period period) {
        return certifications.of(period, unit).map(c -> new DrillDownLine(c.commune(), c.commune(), null,
                c.issuedElectronicCopies(), c.issuedElectronicCopies() ? null : LossReason.of("noCertifiedCopy"),
                null, null)).toList();
    }

    /**
     * 6.1 and 6.2: each feedback item due in the period; one loses when handled late (with its last
     * day), and on 6.2 also when its sender rated the handling dissatisfied or filed it again.
     */
    private List<DrillDownLine> feedbackLines(String unit, Criterion criterion, Window window) {
        FeedbackRules rules = new FeedbackRules(settings, new WorkingDays(calendar.calendar()));
        List<DrillDownLine> lines = new ArrayList<>();
        for (FeedbackFacts item : feedback.of(window, unit)) {
            Tally tally = rules.classify(item, window).get(criterion);
            if (!tally.isEmpty()) {
                boolean meets = tally.numerator() == tally.denominator();
                LossReason reason = meets ? null
                        : !rules.handledOnTime(item, window) ? LossReason.of("feedbackLate", rules.dueOn(item))
                        : item.dissatisfied() ? LossReason.of("feedbackDissatisfied")
                        : LossReason.of("feedbackRefiled");
                lines.add(new DrillDownLine(item.id(), item.unit(), null, meets, reason, null, null));
            }
        }
        return lines;
    }

    /** A live dossier late on 2.1 or 6.3: the first step that overran its deadline, and who held it. */
    private DrillDownLine withStep(DrillDownLine line, Criterion criterion, LocalDateTime asOf) {
        if (line.meets() || !line.reason().key().equals("index.reason.late")
                || (criterion != Criterion.ON_TIME && criterion != Criterion.DOSSIER_SATISFACTION)) {
            return line;
        }
        Optional<DossierView> dossier = dossiers.find(line.code());
        Optional<DossierView.Step> late = dossier.flatMap(d -> d.steps().stream()
                .filter(step -> overran(step, asOf)).findFirst());
        if (late.isEmpty()) {
            return line;
        }
        DossierView.Step step = late.get();
        boolean current = dossier.get().currentStep() != null && dossier.get().currentStep() == step.position();
        String holder = current && dossier.get().currentAssignee() != null ? dossier.get().currentAssignee() : step.unit();
        return new DrillDownLine(line.code(), line.unit(), line.procedureCode(), false, line.reason(), step.name(),
                holder);
    }

    private static boolean overran(DossierView.Step step, LocalDateTime asOf) {
        LocalDateTime end = step.completedAt() != null ? step.completedAt() : step.startedAt() != null ? asOf : null;
        return end != null && end.isAfter(step.deadline());
    }
}
