package vn.motcua.verification;

import java.util.List;

/**
 * What the validation of a file found, as a citizen reads it.
 *
 * @param outcome the file's verdict, whose explanation is {@link Outcome#messageKey()}
 * @param signatures every signature in the file, in the order they were added
 * @param resultCode the result's code when the file is one the province issued, else null
 * @param dossierCode the dossier of that result, else null
 * @param reportId where DSS's reports are kept ({@link VerificationReports}); null when DSS did not run
 */
public record Verification(Outcome outcome, List<SignatureCheck> signatures, String resultCode, String dossierCode,
        String reportId) {

    public Verification {
        signatures = List.copyOf(signatures);
    }

    /** Valid: every signature holds, is trusted and not revoked, and nothing was added after the last. */
    public boolean valid() {
        return outcome == Outcome.VALID;
    }

    /** The same verdict, now known to be the province's result {@code resultCode}. */
    Verification ofResult(String resultCode) {
        return new Verification(outcome, signatures, resultCode, PublishedResults.dossierOf(resultCode), reportId);
    }
}
