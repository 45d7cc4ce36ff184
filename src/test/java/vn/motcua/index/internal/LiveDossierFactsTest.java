package vn.motcua.index.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.ApplicantType;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierStatusChanged;
import vn.motcua.dossier.DossierStatusChanged.Digitisation;
import vn.motcua.dossier.DossierStatusChanged.Moments;
import vn.motcua.index.DossierFacts;
import vn.motcua.index.DossierFacts.ProcedureTraits;
import vn.motcua.index.DossierFacts.Timeline;

/**
 * A live dossier's facts come from its event alone. Expected values are the rules of INDEX-766.md and
 * DossierFacts written out: finished = done, else returned, else stopped or refused; a withdrawn dossier
 * has no end that counts; more than one supplement or an apology is late by rule; 5.2 counts a dossier
 * digitised when every component handed in is, and one with nothing handed in is not; what Motcua does
 * not do yet (signed results, online payment, VNeID, national sync) is not done.
 */
class LiveDossierFactsTest {

    /** What the payment module told about the dossier's fees (the notary card's 100,000 đ). */
    private static final DossierFacts.Payment FEES = new DossierFacts.Payment(100_000, false);

    static final String JUSTICE = "000.00.02.H18";
    static final ProcedureTraits PARTIAL_ONLINE = new ProcedureTraits(false, false, true);

    static final LocalDateTime SUBMITTED = LocalDateTime.parse("2037-03-02T07:50");
    static final LocalDateTime RECEIVED = LocalDateTime.parse("2037-03-02T08:00");
    static final LocalDateTime APPOINTMENT = LocalDateTime.parse("2037-03-09T08:00");
    static final LocalDateTime FINISHED = LocalDateTime.parse("2037-03-06T15:30");
    static final LocalDateTime RETURNED = LocalDateTime.parse("2037-03-07T09:00");

    @Test
    void aReceivedDossierIsOpenWithTheEventsTimesUnitFeesAndTraits() {
        DossierFacts facts = LiveDossierFacts.of(event(DossierStatus.RECEIVED,
                new Moments(SUBMITTED, RECEIVED, APPOINTMENT, null, null, 0, 0),
                new Digitisation(true, true, true, false)), PARTIAL_ONLINE, FEES);

        assertThat(facts).isEqualTo(new DossierFacts("H18-370302-0001", JUSTICE, "1.013859", Channel.COUNTER,
                ApplicantType.CITIZEN, DossierStatus.RECEIVED,
                new Timeline(SUBMITTED, RECEIVED, APPOINTMENT, null, null, null, 0, false, null, null), PARTIAL_ONLINE,
                new DossierFacts.Digitisation(true, false, true, false), new DossierFacts.Payment(100_000, false),
                // Synced (1.4) unless the portal's acknowledgements say late, which the index reads live.
                false, true, false));
    }

    @Test
    void aReturnedDossierFinishedWhenItsResultWasDoneAndWasReturnedLater() {
        Timeline timeline = timelineOf(DossierStatus.RETURNED, RECEIVED, FINISHED, RETURNED);

        assertThat(timeline.doneAt()).isEqualTo(FINISHED);
        assertThat(timeline.returnedAt()).isEqualTo(RETURNED);
        assertThat(timeline.stoppedOrRefusedAt()).isNull();
        assertThat(timeline.finishedAt()).isEqualTo(FINISHED);
        assertThat(timeline.resultAt()).isEqualTo(FINISHED);
    }

    @Test
    void aDoneDossierHasItsResultAndIsNotYetReturned() {
        Timeline timeline = timelineOf(DossierStatus.DONE, RECEIVED, FINISHED, null);

        assertThat(timeline.doneAt()).isEqualTo(FINISHED);
        assertThat(timeline.returnedAt()).isNull();
        assertThat(timeline.stoppedOrRefusedAt()).isNull();
    }

    @Test
    void aStoppedDossierFinishedWithoutAResult() {
        Timeline timeline = timelineOf(DossierStatus.STOPPED, RECEIVED, FINISHED, null);

        assertThat(timeline.stoppedOrRefusedAt()).isEqualTo(FINISHED);
        assertThat(timeline.doneAt()).isNull();
        assertThat(timeline.resultAt()).isNull();
        assertThat(timeline.finishedAt()).isEqualTo(FINISHED);
    }

    @Test
    void aDossierRefusedAtReceptionWasNeverReceivedAndFinishedAtTheRefusal() {
        Timeline timeline = timelineOf(DossierStatus.REFUSED, null, FINISHED, null);

        assertThat(timeline.receivedAt()).isNull();
        assertThat(timeline.stoppedOrRefusedAt()).isEqualTo(FINISHED);
        assertThat(timeline.resultAt()).isNull();
    }

    @Test
    void aWithdrawnDossierHasNoEndThatCounts() {
        Timeline timeline = timelineOf(DossierStatus.WITHDRAWN, RECEIVED, FINISHED, null);

        assertThat(timeline.finishedAt()).isNull();
    }

    @Test
    void nothingFinishesBeforeItWasReceived() {
        LocalDateTime aMinuteBefore = RECEIVED.minusMinutes(1);

        assertThat(timelineOf(DossierStatus.DONE, RECEIVED, aMinuteBefore, null).doneAt()).isEqualTo(RECEIVED);
        assertThat(timelineOf(DossierStatus.REFUSED, RECEIVED, aMinuteBefore, null).stoppedOrRefusedAt())
                .isEqualTo(RECEIVED);
    }

    @Test
    void supplementRequestsAndAnApologyAreCarriedForTheLateByRuleCheck() {
        DossierFacts facts = LiveDossierFacts.of(event(DossierStatus.PROCESSING,
                new Moments(SUBMITTED, RECEIVED, APPOINTMENT, null, null, 2, 1), new Digitisation(true, true, false,
                        false)), PARTIAL_ONLINE, FEES);

        assertThat(facts.timeline().supplementRequests()).isEqualTo(2);
        assertThat(facts.timeline().apologised()).isTrue();
        assertThat(DossierRules.lateByRule(facts)).isTrue();
    }

    @Test
    void everyComponentHandedInDigitisedMakesTheDossierDigitised() {
        assertThat(digitised(new Digitisation(true, true, false, false))).isTrue();
    }

    @Test
    void aComponentHandedInOnPaperOnlyMakesTheDossierNotDigitised() {
        assertThat(digitised(new Digitisation(true, false, false, false))).isFalse();
    }

    @Test
    void aDossierWithNothingHandedInHasNothingDigitised() {
        assertThat(digitised(new Digitisation(false, true, false, false))).isFalse();
    }

    @Test
    void reuseAndTheNationalDataStoreAreTheEventsOwn() {
        DossierFacts.Digitisation facts = LiveDossierFacts.of(event(DossierStatus.RECEIVED,
                new Moments(SUBMITTED, RECEIVED, APPOINTMENT, null, null, 0, 0), new Digitisation(true, false, false,
                        true)), PARTIAL_ONLINE, FEES).digitisation();

        assertThat(facts).isEqualTo(new DossierFacts.Digitisation(false, false, false, true));
    }

    private static boolean digitised(Digitisation components) {
        return LiveDossierFacts.of(event(DossierStatus.RECEIVED,
                new Moments(SUBMITTED, RECEIVED, APPOINTMENT, null, null, 0, 0), components), PARTIAL_ONLINE, FEES)
                .digitisation().allComponentsDigitised();
    }

    private static Timeline timelineOf(DossierStatus status, LocalDateTime received, LocalDateTime finished,
            LocalDateTime returned) {
        return LiveDossierFacts.of(event(status, new Moments(SUBMITTED, received, received == null ? null : APPOINTMENT,
                finished, returned, 0, 0), new Digitisation(true, true, false, false)), PARTIAL_ONLINE, FEES).timeline();
    }

    private static DossierStatusChanged event(DossierStatus to, Moments moments, Digitisation digitisation) {
        return new DossierStatusChanged("H18-370302-0001", "1.013859", 7, Channel.COUNTER, "011090004002",
                ApplicantType.CITIZEN, "000.00.01.H18", JUSTICE, DossierAction.COMPLETE_STEP, DossierStatus.RECEIVED, to,
                "chuyenvien.tuphap", JUSTICE, Instant.parse("2037-03-06T08:30:00Z"), 4, moments, digitisation);
    }
}
