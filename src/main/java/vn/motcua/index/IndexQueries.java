package vn.motcua.index;

import static vn.motcua.index.Criterion.ANNOUNCED_ON_TIME;
import static vn.motcua.index.Criterion.DATA_REUSE;
import static vn.motcua.index.Criterion.DATA_STORE_SYNC;
import static vn.motcua.index.Criterion.DIGITISED_DOSSIERS;
import static vn.motcua.index.Criterion.DOSSIERS_PAID_ONLINE;
import static vn.motcua.index.Criterion.DOSSIERS_SYNCED;
import static vn.motcua.index.Criterion.ELECTRONIC_COPY_CERTIFICATION;
import static vn.motcua.index.Criterion.ELECTRONIC_RESULTS;
import static vn.motcua.index.Criterion.FEEDBACK_ON_TIME;
import static vn.motcua.index.Criterion.FEEDBACK_SATISFACTION;
import static vn.motcua.index.Criterion.FULL_CONTENT;
import static vn.motcua.index.Criterion.PAYMENT_INTEGRATED;
import static vn.motcua.index.Criterion.POPULATION_DATA_IN_DOSSIERS;
import static vn.motcua.index.Criterion.POPULATION_DATA_IN_PROCEDURES;
import static vn.motcua.index.Criterion.PROCEDURES_PAID_ONLINE;
import static vn.motcua.index.Criterion.PUBLISHED_ON_TIME;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.index.internal.DossierFactsStore;
import vn.motcua.organization.ProvinceCalendar;
import vn.motcua.organization.Unit;
import vn.motcua.organization.UnitDirectory;

/**
 * The index of a unit, or of the province, for a period, from the dossier facts the index's
 * listeners keep ({@code index_dossier_fact}).
 *
 * <p><b>What is measured, and what is not yet.</b> Measured from live data: <b>2.1</b> (on time),
 * <b>3.1</b> (fully online) and <b>6.3</b> (satisfaction with dossier handling: late share and
 * dissatisfied ratings; complaints are not fed yet). In 3.1 no electronic result is known yet, so an
 * online dossier of a procedure whose result must be on paper counts as not fully online.
 * Every criterion in {@link #NOT_YET_MEASURED} has no facts yet (procedures' announcement and
 * publication, national sync, online payment, electronic results and digitisation, electronic
 * copies, data reuse, the national data store, the population database, feedback handling): it is
 * reported with an <i>empty denominator</i> ({@code 0/0}), so it scores what
 * {@link IndexSettings#emptyDenominatorGivesFullPoints()} (and for 6.1/6.2
 * {@link IndexSettings#noFeedbackGivesFullPoints()}) says — full points by default. <b>Those points
 * are not measured data.</b>
 */
@Service
public class IndexQueries {

    /** Criteria whose facts are not collected yet: always reported as 0/0. */
    public static final Set<Criterion> NOT_YET_MEASURED = EnumSet.of(ANNOUNCED_ON_TIME, PUBLISHED_ON_TIME,
            FULL_CONTENT, DOSSIERS_SYNCED, DOSSIERS_PAID_ONLINE, PROCEDURES_PAID_ONLINE, PAYMENT_INTEGRATED,
            ELECTRONIC_RESULTS, DIGITISED_DOSSIERS, ELECTRONIC_COPY_CERTIFICATION, DATA_REUSE, DATA_STORE_SYNC,
            POPULATION_DATA_IN_DOSSIERS, POPULATION_DATA_IN_PROCEDURES, FEEDBACK_ON_TIME, FEEDBACK_SATISFACTION);

    private final DossierFactsStore facts;
    private final ProvinceCalendar calendar;
    private final UnitDirectory units;
    private final IndexSettings settings = IndexSettings.defaults();

    IndexQueries(DossierFactsStore facts, ProvinceCalendar calendar, UnitDirectory units) {
        this.facts = facts;
        this.calendar = calendar;
        this.units = units;
    }

    /**
     * The index of {@code unitOrNull} (a unit's identifier; null for the whole province, computed
     * over all its dossiers) for the days {@code from}–{@code to}, both included, as of now: a period
     * not over is judged as of now, a closed one as of its end.
     *
     * @throws vn.motcua.platform.NotFoundException for an unknown unit
     * @throws IllegalArgumentException when {@code to} is before {@code from}
     */
    @Transactional(readOnly = true)
    public IndexReport report(String unitOrNull, LocalDate from, LocalDate to) {
        String label = unitOrNull == null ? provinceIdentifier() : units.get(unitOrNull).identifier();
        Period period = new Period(from, to);
        LocalDateTime now = calendar.now();
        ServiceIndex index = new ServiceIndex(settings, calendar.calendar());
        Tallies tallies = Tallies.empty();
        for (DossierFacts dossier : facts.handledIn(unitOrNull, from.atStartOfDay(), to.plusDays(1).atStartOfDay())) {
            tallies = tallies.plus(index.classify(dossier, period, now));
        }
        return index.report(label, period, measuredOnly(tallies));
    }

    private static Tallies measuredOnly(Tallies tallies) {
        Tallies measured = Tallies.empty();
        for (var entry : tallies.counted().entrySet()) {
            if (!NOT_YET_MEASURED.contains(entry.getKey())) {
                measured = measured.plus(entry.getKey(), entry.getValue());
            }
        }
        return measured;
    }

    private String provinceIdentifier() {
        return units.all().stream().filter(u -> u.parent() == null).map(Unit::identifier).findFirst().orElse(null);
    }
}
