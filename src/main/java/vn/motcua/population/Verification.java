package vn.motcua.population;

import java.time.Instant;
import vn.motcua.identity.ApplicantVerified.VerificationSource;

/** A dossier's applicant verified by a national system (from {@code identity.ApplicantVerified}). */
public record Verification(String dossierCode, VerificationSource source, String idNumber, Instant verifiedAt) {
}
