package vn.motcua.identity;

import java.time.Instant;

/**
 * A dossier's applicant was verified against national data (xác thực người nộp hồ sơ): they logged in
 * with VNeID, or an officer or the portal found them in the population database. Criterion 5.6 of the
 * service index counts the dossiers that carry at least one of these.
 *
 * @param dossierCode the dossier whose applicant was verified
 * @param idNumber the personal ID number that was verified (số định danh cá nhân)
 * @param source which national system vouched for it
 * @param verifiedAt when
 */
public record ApplicantVerified(String dossierCode, String idNumber, VerificationSource source, Instant verifiedAt) {

    /** The national system that vouched for an applicant. */
    public enum VerificationSource {
        /** The applicant logged in with the national SSO (tài khoản được xác thực với VNeID). */
        VNEID,
        /** A look-up in the national population database answered with a matching person. */
        POPULATION_DATABASE
    }
}
