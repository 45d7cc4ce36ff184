package vn.motcua.population;

/**
 * A look-up to make.
 *
 * @param lookedUpBy who asks: an officer's username, or {@code applicant:<username>}
 * @param purpose why
 * @param dossierCode the dossier it is for, when it exists already
 * @param procedureCode the procedure of the dossier being made, when known
 * @param idNumber the personal ID number as typed
 * @param fullName the name to match as well, or null to take the database's
 */
public record LookupOrder(String lookedUpBy, LookupPurpose purpose, String dossierCode, String procedureCode,
        String idNumber, String fullName) {
}
