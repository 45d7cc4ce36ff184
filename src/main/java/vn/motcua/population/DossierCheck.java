package vn.motcua.population;

import java.time.Instant;

/**
 * What a dossier records about a look-up made for its applicant.
 *
 * @param lookupId the log entry
 * @param checkedBy who looked up
 */
public record DossierCheck(long lookupId, Outcome outcome, Instant checkedAt, String checkedBy) {

    /** The look-up's outcome for this dossier's applicant. */
    public enum Outcome {
        /** Found, with the applicant's ID number and name: the applicant is verified (5.6). */
        VERIFIED,
        /** Found, but the dossier's applicant was then given another name: entered by hand. */
        DETAILS_DIFFER,
        /** Not found: the details were entered by hand. */
        NOT_FOUND,
        /** The gateway did not answer: the details were entered by hand. */
        UNAVAILABLE;

        /** Whether the officer went on with details typed by hand. */
        public boolean enteredByHand() {
            return this != VERIFIED;
        }
    }
}
