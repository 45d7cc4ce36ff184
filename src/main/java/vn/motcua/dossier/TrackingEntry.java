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
 */
public record TrackingEntry(int seq, DossierAction action, DossierStatus statusAfter, String stepName,
        String fromOfficer, String fromName, String fromUnit, String toOfficer, String toUnit, LocalDateTime at,
        LocalDateTime stepDeadline, Outcome outcome, String note) {

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
