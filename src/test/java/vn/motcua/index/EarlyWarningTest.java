package vn.motcua.index;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.index.DossierBuilder.received;
import static vn.motcua.index.DossierBuilder.time;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.dossier.DossierStatus;

/**
 * Now is Friday 20 March 2026, 10:00; a horizon of 8 working hours ends Monday 23 March, 10:00.
 * Ten dossiers of the unit in March: A–G below and three done on time.
 */
class EarlyWarningTest {

    private static final Period MARCH = new Period(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-31"));
    private static final String NOW = "2026-03-20T10:00";
    private static final Duration ONE_DAY = Duration.ofHours(8);

    private final ServiceIndex index = new ServiceIndex(IndexSettings.defaults(), WorkingCalendar.standard());

    private final List<DossierFacts> dossiers = List.of(
            received("A", "2026-03-13T08:00").appointment("2026-03-20T16:00").build(),
            received("B", "2026-03-16T08:00").appointment("2026-03-23T09:00").build(),
            received("C", "2026-03-16T08:00").appointment("2026-03-23T11:00").build(),
            received("D", "2026-03-10T08:00").appointment("2026-03-19T17:00").build(),
            received("E", "2026-03-13T08:00").appointment("2026-03-20T15:00").supplementRequests(1)
                    .status(DossierStatus.SUPPLEMENT_REQUESTED).build(),
            received("F", "2026-03-13T08:00").appointment("2026-03-20T16:00").done("2026-03-19T08:00").build(),
            received("G", "2026-03-02T08:00").worked(36, 40).build(),
            received("H", "2026-03-02T08:00").appointment("2026-03-09T17:00").done("2026-03-09T08:00").build(),
            received("I", "2026-03-02T08:00").appointment("2026-03-09T17:00").done("2026-03-09T08:00").build(),
            received("J", "2026-03-02T08:00").appointment("2026-03-09T17:00").done("2026-03-09T08:00").build());

    /**
     * A (due 16:00 today), G (4 of its 40 hours left: 10:00–11:30 and 13:30–16:00) and B (due Monday
     * 09:00) turn late; C is due after the horizon, D is late already, E is paused, F is done.
     * 2.1: 9 of 10 now → 18.00; with three more late 6 of 10 → 12.00: 6.00 lost.
     * 6.3: 1 − 1/10 = 0.9 → 6.00; 1 − 4/10 = 0.6 → 6 × 0.6 ÷ 0.9 = 4.00: 2.00 lost.
     */
    @Test
    void warnsOfDossiersTurningLateAndTheirCost() {
        EarlyWarning warning = index.earlyWarning(current(), dossiers, MARCH, time(NOW), ONE_DAY);

        assertThat(warning.atRisk()).extracting(DossierAtRisk::code).containsExactly("A", "G", "B");
        assertThat(warning.atRisk().get(1).lateAfter()).isEqualTo(time("2026-03-20T16:00"));
        assertThat(warning.onTimeLoss()).isEqualByComparingTo("6.00");
        assertThat(warning.satisfactionLoss()).isEqualByComparingTo("2.00");
        assertThat(warning.totalLoss()).isEqualByComparingTo("8.00");
    }

    /** A range ending today: B turns late after it ends and no longer costs it anything. */
    @Test
    void onlyCountsLatenessBeforeThePeriodEnds() {
        Period untilToday = new Period(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-20"));
        Tallies current = dossiers.stream().map(d -> index.classify(d, untilToday, time(NOW)))
                .reduce(Tallies.empty(), Tallies::plus);

        EarlyWarning warning = index.earlyWarning(current, dossiers, untilToday, time(NOW), ONE_DAY);

        // 2.1: 9 of 10 → 18.00; 7 of 10 → 14.00
        assertThat(warning.atRisk()).extracting(DossierAtRisk::code).containsExactly("A", "G");
        assertThat(warning.onTimeLoss()).isEqualByComparingTo("4.00");
    }

    /**
     * 6.3 is capped: with 20 dossiers all on time (ratio 1), one turning late leaves 0.95 ≥ 0.9,
     * still full: nothing lost there, while 2.1 drops from 20.00 to 19.00.
     */
    @Test
    void theSatisfactionCapAbsorbsASmallLoss() {
        Tallies current = Tallies.of(Criterion.ON_TIME, new Tally(20, 20))
                .plus(Criterion.DOSSIER_SATISFACTION, new Tally(20, 20));
        List<DossierFacts> open = List.of(dossiers.getFirst());

        EarlyWarning warning = index.earlyWarning(current, open, MARCH, time(NOW), ONE_DAY);

        assertThat(warning.onTimeLoss()).isEqualByComparingTo("1.00");
        assertThat(warning.satisfactionLoss()).isEqualByComparingTo("0.00");
    }

    @Test
    void aClosedPeriodHasNothingAtRisk() {
        EarlyWarning warning = index.earlyWarning(current(), dossiers, MARCH, time("2026-04-01T08:00"), ONE_DAY);

        assertThat(warning.atRisk()).isEmpty();
        assertThat(warning.totalLoss()).isEqualByComparingTo("0");
    }

    private Tallies current() {
        return dossiers.stream().map(d -> index.classify(d, MARCH, time(NOW))).reduce(Tallies.empty(), Tallies::plus);
    }
}
