package vn.motcua.dossier;

import java.time.LocalDateTime;

/**
 * One line of the tracking sheet (phiếu kiểm soát quá trình giải quyết hồ sơ): a hand-over or
 * another action, never edited.
 *
 * @param seq order within the dossier, from 1
 * @param action what was done
 * @param statusAfter the status it led to
 * @param stepName the step concerned
 * @param fromOfficer who acted (username)
 * @param fromName their name
 * @param fromUnit their unit
 * @param toOfficer who holds the dossier next, if one officer
 * @param toUnit the unit that holds it next
 * @param at when, to the minute
 * @param stepDeadline the deadline of the step concerned
 * @param outcome for a finished step: early, on time or late
 * @param note reasons, remarks
 * @param onBehalfOf the leader (username) whose delegation let {@code fromOfficer} act (thay mặt), or null
 * @param onBehalfName that leader's name as it was then
 * @param handedOverFrom on a hand-over of someone's open work (bàn giao), the officer (username) who held it
 * @param handedOverName that officer's name as it was then
 */
public record TrackingEntry(int seq, DossierAction action, DossierStatus statusAfter, String stepName,
        String fromOfficer, String fromName, String fromUnit, String toOfficer, String toUnit, LocalDateTime at,
        LocalDateTime stepDeadline, Outcome outcome, String note, String onBehalfOf, String onBehalfName,
        String handedOverFrom, String handedOverName) {

    /** A line taken by its officer in their own right, not a hand-over. */
    public TrackingEntry(int seq, DossierAction action, DossierStatus statusAfter, String stepName,
            String fromOfficer, String fromName, String fromUnit, String toOfficer, String toUnit, LocalDateTime at,
            LocalDateTime stepDeadline, Outcome outcome, String note) {
        this(seq, action, statusAfter, stepName, fromOfficer, fromName, fromUnit, toOfficer, toUnit, at, stepDeadline,
                outcome, note, null, null, null, null);
    }

    /** Whether {@code fromOfficer} acted on a leader's behalf (X thay mặt Y). */
    public boolean onBehalf() {
        return onBehalfOf != null;
    }

    /** Whether this line hands someone's open work to another officer. */
    public boolean handOver() {
        return handedOverFrom != null;
    }

    /** How a step finished against its deadline. */
    public enum Outcome {
        /** Before the deadline's working day. */
        EARLY,
        /** On the deadline's day, not after it. */
        ON_TIME,
        LATE;

        public static Outcome of(LocalDateTime finished, LocalDateTime deadline) {
            if (finished.isAfter(deadline)) {
                return LATE;
            }
            return finished.toLocalDate().isBefore(deadline.toLocalDate()) ? EARLY : ON_TIME;
        }
    }
}
