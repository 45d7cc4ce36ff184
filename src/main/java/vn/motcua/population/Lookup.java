package vn.motcua.population;

import java.time.Instant;

/**
 * One look-up as the log keeps it (nhật ký tra cứu): it holds who asked, why and the outcome, never the
 * citizen's record.
 *
 * @param id its number in the log; a reception form carries it to the dossier it was made for
 * @param lookedUpBy an officer's username, or {@code applicant:<username>} for a portal account
 * @param dossierCode the dossier it was made for: given at once when the dossier existed, else the one the
 *     counter received with it (null while none)
 * @param procedureCode the procedure of the dossier being made, when known
 * @param fullName the plain name matched: the one asked, else the one found (null when none)
 */
public record Lookup(long id, Instant lookedUpAt, String lookedUpBy, LookupPurpose purpose, String dossierCode,
        String procedureCode, String idNumber, String fullName, Integer birthYear, LookupOutcome outcome) {
}
