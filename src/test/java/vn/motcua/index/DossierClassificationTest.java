package vn.motcua.index;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.index.DossierBuilder.received;
import static vn.motcua.index.DossierBuilder.refusedAtReception;
import static vn.motcua.index.DossierBuilder.submittedOnline;
import static vn.motcua.index.DossierBuilder.time;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.dossier.DossierStatus;

/**
 * Which dossier counts where. March 2026 (no holidays), judged on Friday 20 March at 10:00 unless a
 * case says the month is over (judged on 5 April). Expected tallies are "numerator/denominator"
 * this one dossier adds; "-" means it is not counted.
 */
class DossierClassificationTest {

    private static final Period MARCH = new Period(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-31"));
    private static final String NOW = "2026-03-20T10:00";
    private static final String AFTER_MARCH = "2026-04-05T10:00";

    private final ServiceIndex index = new ServiceIndex(IndexSettings.defaults(), WorkingCalendar.standard());

    static Stream<Arguments> onTime() {
        return Stream.of(
            row("done before the appointment", NOW, "1/1",
                received("A", "2026-03-02T08:00").appointment("2026-03-09T17:00").done("2026-03-09T16:00")),
            row("done at the appointment's minute: on time", NOW, "1/1",
                received("A", "2026-03-02T08:00").appointment("2026-03-09T17:00").done("2026-03-09T17:00")),
            row("done after the appointment", NOW, "0/1",
                received("A", "2026-03-02T08:00").appointment("2026-03-09T17:00").done("2026-03-10T08:00")),
            row("returned, never marked done: the return is the end", NOW, "1/1",
                received("A", "2026-03-02T08:00").appointment("2026-03-09T17:00").returned("2026-03-05T09:00")),
            row("done on time, returned late: done is the end", NOW, "1/1",
                received("A", "2026-03-02T08:00").appointment("2026-03-09T17:00").done("2026-03-09T16:00")
                        .returned("2026-03-12T09:00")),
            row("refused at reception within the limit, no appointment", NOW, "1/1",
                refusedAtReception("A", "2026-03-03T08:00", "2026-03-03T10:00").worked(2, 40)),
            row("stopped after the appointment", NOW, "0/1",
                received("A", "2026-03-02T08:00").appointment("2026-03-09T17:00").stopped("2026-03-11T08:00")),
            row("two supplement requests: late though done early", NOW, "0/1",
                received("A", "2026-03-02T08:00").appointment("2026-03-16T17:00").supplementRequests(2)
                        .done("2026-03-10T08:00")),
            row("one supplement request, done by the moved appointment", NOW, "1/1",
                received("A", "2026-03-02T08:00").appointment("2026-03-16T17:00").supplementRequests(1)
                        .done("2026-03-16T08:00")),
            row("apologised: late though done by the new date", NOW, "0/1",
                received("A", "2026-03-02T08:00").appointment("2026-03-16T17:00").apologised().done("2026-03-13T08:00")),
            row("in progress, appointment ahead", NOW, "1/1",
                received("A", "2026-03-16T08:00").appointment("2026-03-25T17:00")),
            row("in progress past its appointment", NOW, "0/1",
                received("A", "2026-03-02T08:00").appointment("2026-03-18T17:00")),
            row("in progress past its appointment, waiting for the applicant: paused", NOW, "1/1",
                received("A", "2026-03-02T08:00").appointment("2026-03-18T17:00").supplementRequests(1)
                        .status(DossierStatus.SUPPLEMENT_REQUESTED)),
            row("in progress with two supplement requests: late already", NOW, "0/1",
                received("A", "2026-03-16T08:00").appointment("2026-03-25T17:00").supplementRequests(2)),
            row("no appointment, 30 of 40 working hours", NOW, "1/1",
                received("A", "2026-03-02T08:00").worked(30, 40).done("2026-03-09T08:00")),
            row("no appointment, 41 of 40 working hours", NOW, "0/1",
                received("A", "2026-03-02T08:00").worked(41, 40).done("2026-03-09T08:00")),
            row("carried over from February, done in March on time", NOW, "1/1",
                received("A", "2026-02-25T08:00").appointment("2026-03-04T17:00").done("2026-03-03T08:00")),
            row("carried over, still open on 1 March and late", NOW, "0/1",
                received("A", "2026-02-25T08:00").appointment("2026-03-04T17:00")),
            row("finished in February: not in March", NOW, "-",
                received("A", "2026-02-20T08:00").appointment("2026-02-27T17:00").done("2026-02-27T08:00")),
            row("finished at the last minute of February: not in March", NOW, "-",
                received("A", "2026-02-20T08:00").appointment("2026-03-02T17:00").done("2026-02-28T23:59")),
            row("withdrawn: counted nowhere", NOW, "-",
                received("A", "2026-03-02T08:00").appointment("2026-03-05T17:00").status(DossierStatus.WITHDRAWN)),
            row("submitted online, not yet received: counted nowhere", NOW, "-",
                submittedOnline("A", "2026-03-02T08:00")),
            row("received on the month's last minute", AFTER_MARCH, "1/1",
                received("A", "2026-03-31T16:59").appointment("2026-04-07T16:59")),
            row("received on 1 April: not in March", AFTER_MARCH, "-",
                received("A", "2026-04-01T07:00").appointment("2026-04-08T17:00")),
            row("month over: open at its end, appointment on its last afternoon", AFTER_MARCH, "0/1",
                received("A", "2026-03-24T08:00").appointment("2026-03-31T17:00")),
            row("month over: open at its end, appointment in April, late by now", AFTER_MARCH, "1/1",
                received("A", "2026-03-26T08:00").appointment("2026-04-02T17:00")),
            row("month over: done late in April, but not late when March closed", AFTER_MARCH, "1/1",
                received("A", "2026-03-26T08:00").appointment("2026-04-02T17:00").done("2026-04-03T08:00")));
    }

    @ParameterizedTest(name = "2.1: {0} → {2}")
    @MethodSource
    void onTime(String name, String now, String expected, DossierBuilder dossier) {
        assertThat(tally(Criterion.ON_TIME, dossier, now)).isEqualTo(expected);
    }

    static Stream<Arguments> otherCriteria() {
        return Stream.of(
            row("1.4 synced in time", "1.4", "1/1", received("A", "2026-03-02T08:00").synced()),
            row("1.4 not synced in time", "1.4", "0/1", received("A", "2026-03-02T08:00")),
            row("1.4 refused at reception counts", "1.4", "1/1",
                refusedAtReception("A", "2026-03-03T08:00", "2026-03-03T10:00").synced()),
            row("1.4 carried over and open", "1.4", "1/1", received("A", "2026-02-02T08:00").synced()),
            row("3.1 online, full online service", "3.1", "1/1", received("A", "2026-03-02T08:00").online().fullOnlineService()),
            row("3.1 at the counter", "3.1", "0/1", received("A", "2026-03-02T08:00").fullOnlineService()),
            row("3.1 paper result, no electronic one", "3.1", "0/1",
                received("A", "2026-03-02T08:00").online().fullOnlineService().paperResultRequired().done("2026-03-05T08:00")),
            row("3.1 paper result with an electronic one", "3.1", "1/1",
                received("A", "2026-03-02T08:00").online().fullOnlineService().paperResultRequired().electronicResult()
                        .done("2026-03-05T08:00")),
            row("3.1 procedure without a full online service", "3.1", "-", received("A", "2026-03-02T08:00").online()),
            row("3.1 received in February", "3.1", "-", received("A", "2026-02-26T08:00").online().fullOnlineService()),
            row("4.1 fee paid online", "4.1", "1/1", received("A", "2026-03-02T08:00").fees(50_000).paidOnline()),
            row("4.1 fee paid at the counter", "4.1", "0/1", received("A", "2026-03-02T08:00").fees(50_000)),
            row("4.1 no fee: left out", "4.1", "-", received("A", "2026-03-02T08:00")),
            row("5.1 done with an electronic result", "5.1", "1/1",
                received("A", "2026-03-02T08:00").electronicResult().done("2026-03-05T08:00")),
            row("5.1 returned on paper only", "5.1", "0/1", received("A", "2026-03-02T08:00").returned("2026-03-05T08:00")),
            row("5.1 stopped: no result", "5.1", "-", received("A", "2026-03-02T08:00").stopped("2026-03-05T08:00")),
            row("5.1 still open", "5.1", "-", received("A", "2026-03-02T08:00").electronicResult()),
            row("5.1 done in February, returned in March", "5.1", "-",
                received("A", "2026-02-20T08:00").electronicResult().done("2026-02-27T08:00").returned("2026-03-02T08:00")),
            row("5.2 digitised with an electronic result", "5.2", "1/1",
                received("A", "2026-03-02T08:00").digitised().electronicResult().done("2026-03-05T08:00")),
            row("5.2 digitised, paper result", "5.2", "0/1",
                received("A", "2026-03-02T08:00").digitised().done("2026-03-05T08:00")),
            row("5.2 carried over, result in March", "5.2", "1/1",
                received("A", "2026-02-20T08:00").digitised().electronicResult().done("2026-03-05T08:00")),
            row("5.4 reusable and reused", "5.4", "1/1", received("A", "2026-03-02T08:00").reusableComponent().reused()),
            row("5.4 reusable, asked again", "5.4", "0/1", received("A", "2026-03-02T08:00").reusableComponent()),
            row("5.4 nothing reusable", "5.4", "-", received("A", "2026-03-02T08:00")),
            row("5.5 national data store used", "5.5", "1/1", received("A", "2026-03-02T08:00").dataStoreUsed()),
            row("5.5 not used", "5.5", "0/1", received("A", "2026-03-02T08:00")),
            row("5.6 citizen verified", "5.6", "1/1", received("A", "2026-03-02T08:00").verified()),
            row("5.6 citizen not verified", "5.6", "0/1", received("A", "2026-03-02T08:00")),
            row("5.6 business applicant", "5.6", "-", received("A", "2026-03-02T08:00").business().verified()),
            row("6.3 on time, no complaint", "6.3", "1/1",
                received("A", "2026-03-02T08:00").appointment("2026-03-09T17:00").done("2026-03-09T08:00")),
            row("6.3 late", "6.3", "0/1",
                received("A", "2026-03-02T08:00").appointment("2026-03-09T17:00").done("2026-03-10T08:00")),
            row("6.3 on time with a complaint", "6.3", "0/1",
                received("A", "2026-03-02T08:00").appointment("2026-03-09T17:00").done("2026-03-09T08:00").complained()),
            row("6.3 late and complained about: counts against twice", "6.3", "-1/1",
                received("A", "2026-03-02T08:00").appointment("2026-03-09T17:00").done("2026-03-10T08:00").complained()));
    }

    @ParameterizedTest(name = "{0} → {2}")
    @MethodSource
    void otherCriteria(String name, String id, String expected, DossierBuilder dossier) {
        assertThat(tally(Criterion.ofId(id), dossier, NOW)).isEqualTo(expected);
    }

    @Test
    void aWithdrawnDossierCountsNowhere() {
        DossierFacts withdrawn = received("A", "2026-03-02T08:00").appointment("2026-03-05T17:00").online()
                .fullOnlineService().fees(10_000).paidOnline().reusableComponent().reused().dataStoreUsed().verified()
                .synced().status(DossierStatus.WITHDRAWN).build();

        assertThat(index.classify(withdrawn, MARCH, time(NOW)).counted()).isEmpty();
    }

    @Test
    void aDossierCountsInEveryCriterionItMeets() {
        DossierFacts dossier = received("A", "2026-03-02T08:00").appointment("2026-03-09T17:00").done("2026-03-06T08:00")
                .online().fullOnlineService().fees(10_000).paidOnline().digitised().electronicResult().dataStoreUsed()
                .verified().synced().build();

        assertThat(index.classify(dossier, MARCH, time(NOW)).counted().keySet()).extracting(Criterion::id)
                .containsExactly("1.4", "2.1", "3.1", "4.1", "5.1", "5.2", "5.5", "5.6", "6.3");
    }

    /** The spec's example: 3 on time + 1 in progress not late of 5 → 0.8 × 20 = 16.00. */
    @Test
    void threeOnTimeAndOneOpenOfFiveScoreSixteen() {
        List<DossierBuilder> dossiers = List.of(
                received("A", "2026-03-02T08:00").appointment("2026-03-09T17:00").done("2026-03-09T08:00"),
                received("B", "2026-03-02T08:00").appointment("2026-03-09T17:00").returned("2026-03-06T08:00"),
                refusedAtReception("C", "2026-03-03T08:00", "2026-03-03T09:00"),
                received("D", "2026-03-16T08:00").appointment("2026-03-23T17:00").complained(),
                received("E", "2026-03-02T08:00").appointment("2026-03-09T17:00").done("2026-03-12T08:00"),
                received("F", "2026-03-02T08:00").appointment("2026-03-09T17:00").status(DossierStatus.WITHDRAWN));

        IndexReport report = index.report("000.00.12.H56", MARCH, sum(dossiers, NOW));

        assertThat(report.criterion(Criterion.ON_TIME)).satisfies(row -> {
            assertThat(row.numerator()).isEqualTo(4);
            assertThat(row.denominator()).isEqualTo(5);
            assertThat(row.score()).isEqualByComparingTo("16.00");
        });
        // 6.3: 1 − 1/5 late − 1/5 complained = 0.6; 6 × 0.6 ÷ 0.9 = 4.00
        assertThat(report.criterion(Criterion.DOSSIER_SATISFACTION).score()).isEqualByComparingTo("4.00");
    }

    private Tallies sum(List<DossierBuilder> dossiers, String now) {
        return dossiers.stream().map(d -> index.classify(d.build(), MARCH, time(now)))
                .reduce(Tallies.empty(), Tallies::plus);
    }

    private String tally(Criterion criterion, DossierBuilder dossier, String now) {
        Tally tally = index.classify(dossier.build(), MARCH, time(now)).get(criterion);
        return tally.isEmpty() ? "-" : tally.numerator() + "/" + tally.denominator();
    }

    private static Arguments row(String name, String second, String expected, DossierBuilder dossier) {
        return Arguments.of(name, second, expected, dossier);
    }
}
