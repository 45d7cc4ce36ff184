package vn.motcua.index.internal;

import static vn.motcua.index.Criterion.DATA_REUSE;
import static vn.motcua.index.Criterion.DATA_STORE_SYNC;
import static vn.motcua.index.Criterion.DIGITISED_DOSSIERS;
import static vn.motcua.index.Criterion.DOSSIERS_PAID_ONLINE;
import static vn.motcua.index.Criterion.DOSSIERS_SYNCED;
import static vn.motcua.index.Criterion.DOSSIER_SATISFACTION;
import static vn.motcua.index.Criterion.ELECTRONIC_RESULTS;
import static vn.motcua.index.Criterion.FULLY_ONLINE;
import static vn.motcua.index.Criterion.ON_TIME;
import static vn.motcua.index.Criterion.POPULATION_DATA_IN_DOSSIERS;

import java.time.LocalDateTime;
import vn.motcua.catalog.ApplicantType;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.index.DossierFacts;
import vn.motcua.index.DossierFacts.Timeline;
import vn.motcua.index.Tallies;
import vn.motcua.index.Tally;

/**
 * Which dossier counts where: the dossier-based criteria (1.4, 2.1, 3.1, 4.1, 5.1, 5.2, 5.4, 5.5,
 * 5.6, 6.3). Each "in the period" is one named predicate below; the SQL aggregation follows them.
 */
public final class DossierRules {

    private DossierRules() {
    }

    /**
     * The tallies one dossier adds to its unit's index for the window: what it adds on the day it
     * entered handling, on the day its result came out, and as a dossier handled in the period.
     */
    public static Tallies classify(DossierFacts dossier, Window window) {
        Tallies tallies = Tallies.empty();
        if (receivedIn(dossier, window)) {
            tallies = tallies.plus(onEntry(dossier));
        }
        if (resultIn(dossier, window)) {
            tallies = tallies.plus(onResult(dossier));
        }
        if (handledIn(dossier, window)) {
            tallies = tallies.plus(asHandled(dossier, onTimeAsOf(dossier, window)));
        }
        return tallies;
    }

    /** What a dossier counts where it is "received in the period": 3.1, 4.1, 5.4, 5.5, 5.6. */
    public static Tallies onEntry(DossierFacts dossier) {
        Tallies tallies = Tallies.of(DATA_STORE_SYNC, Tally.one(dossier.digitisation().nationalDataStoreUsed()));
        if (dossier.procedure().fullOnlineService()) {
            tallies = tallies.plus(FULLY_ONLINE, Tally.one(fullyOnline(dossier)));
        }
        if (dossier.payment().feesDueVnd() > 0) {
            tallies = tallies.plus(DOSSIERS_PAID_ONLINE, Tally.one(dossier.payment().paidOnline()));
        }
        if (dossier.procedure().reusableComponent()) {
            tallies = tallies.plus(DATA_REUSE, Tally.one(dossier.digitisation().componentReused()));
        }
        if (dossier.applicantType() == ApplicantType.CITIZEN) {
            tallies = tallies.plus(POPULATION_DATA_IN_DOSSIERS, Tally.one(dossier.applicantVerified()));
        }
        return tallies;
    }

    /** What a dossier counts where it is "finished in the period": 5.1, 5.2. */
    public static Tallies onResult(DossierFacts dossier) {
        boolean electronic = dossier.digitisation().electronicResultIssued();
        return Tallies.of(ELECTRONIC_RESULTS, Tally.one(electronic))
                .plus(DIGITISED_DOSSIERS, Tally.one(electronic && dossier.digitisation().allComponentsDigitised()));
    }

    /** What a dossier counts where it is "received or processed in the period": 1.4, 2.1, 6.3. */
    public static Tallies asHandled(DossierFacts dossier, boolean onTime) {
        return Tallies.of(ON_TIME, Tally.one(onTime))
                .plus(DOSSIERS_SYNCED, Tally.one(dossier.syncedInTime()))
                .plus(DOSSIER_SATISFACTION, satisfaction(onTime, dossier.complainedOrDissatisfied()));
    }

    /**
     * When the dossier entered handling: its receipt; for one refused at reception, which never
     * got a receipt, the refusal. Null for a dossier not yet received.
     */
    public static LocalDateTime enteredAt(DossierFacts dossier) {
        Timeline timeline = dossier.timeline();
        return timeline.receivedAt() != null ? timeline.receivedAt() : timeline.stoppedOrRefusedAt();
    }

    /**
     * Counted at all: entered handling and not withdrawn. A withdrawn dossier is neither a success
     * nor a failure of the unit; the national portal leaves it out, and so do we, everywhere.
     */
    public static boolean counted(DossierFacts dossier) {
        return dossier.status() != DossierStatus.WITHDRAWN && enteredAt(dossier) != null;
    }

    /**
     * "Received or processed in the period" (1.4, 2.1, 6.3): entered handling by the end of the
     * period (and by now), and not finished before it started. So: received in it, or carried
     * over and still open at its start, or finished in it.
     */
    public static boolean handledIn(DossierFacts dossier, Window window) {
        LocalDateTime finished = dossier.timeline().finishedAt();
        return counted(dossier) && window.happenedBy(enteredAt(dossier))
                && (finished == null || !finished.isBefore(window.start()));
    }

    /** "Received in the period" (3.1, 4.1, 5.4, 5.5, 5.6): entered handling in it. */
    public static boolean receivedIn(DossierFacts dossier, Window window) {
        return counted(dossier) && window.includes(enteredAt(dossier));
    }

    /**
     * "Finished in the period" (5.1, 5.2): its result came out in it (done, else returned). Stopped
     * and refused dossiers have no result to be electronic, so they are not counted there.
     */
    public static boolean resultIn(DossierFacts dossier, Window window) {
        return counted(dossier) && window.includes(dossier.timeline().resultAt());
    }

    /**
     * 2.1's numerator as of the window's moment: finished by then and on time, or still open then
     * and not yet late.
     */
    public static boolean onTimeAsOf(DossierFacts dossier, Window window) {
        return window.happenedBy(dossier.timeline().finishedAt())
                ? finishedOnTime(dossier)
                : notYetLate(dossier, window.asOf());
    }

    /** Finished at or before the appointment (or within the limit when it has none), and not late by rule. */
    public static boolean finishedOnTime(DossierFacts dossier) {
        LocalDateTime finished = dossier.timeline().finishedAt();
        return finished != null && !lateByRule(dossier) && withinTime(dossier, finished);
    }

    /**
     * Open and not late at the moment: the appointment not passed, or the clock paused while the
     * applicant supplements (the appointment will move by the pause).
     */
    public static boolean notYetLate(DossierFacts dossier, LocalDateTime moment) {
        return !lateByRule(dossier) && (waitingForApplicant(dossier) || withinTime(dossier, moment));
    }

    /** Late whatever the dates say: more than one supplement request, or an apology was issued. */
    public static boolean lateByRule(DossierFacts dossier) {
        return dossier.timeline().supplementRequests() > 1 || dossier.timeline().apologised();
    }

    public static boolean waitingForApplicant(DossierFacts dossier) {
        return dossier.status().waitingForApplicant() && dossier.timeline().finishedAt() == null;
    }

    /**
     * The moment is at or before the appointment; without an appointment, the worked time is within
     * the procedure's limit (a procedure with neither cannot be late).
     */
    private static boolean withinTime(DossierFacts dossier, LocalDateTime moment) {
        Timeline timeline = dossier.timeline();
        if (timeline.appointment() != null) {
            return !moment.isAfter(timeline.appointment());
        }
        return timeline.timeLimit() == null || timeline.workedTime().compareTo(timeline.timeLimit()) <= 0;
    }

    /**
     * 3.1's numerator: submitted online, and where the result must be on paper, an electronic
     * result was issued too.
     */
    public static boolean fullyOnline(DossierFacts dossier) {
        return dossier.channel() == Channel.ONLINE
                && (!dossier.procedure().paperResultRequired() || dossier.digitisation().electronicResultIssued());
    }

    /** 6.3 is 1 − late share − complaint share: each dossier adds 1 and loses 1 for each fault. */
    private static Tally satisfaction(boolean onTime, boolean complained) {
        return new Tally(1 - (onTime ? 0 : 1) - (complained ? 1 : 0), 1);
    }
}
