package vn.motcua.specialised;

import java.time.Instant;

/**
 * A dossier's exchange with a specialised system, as the officer sees it on the dossier page.
 *
 * @param dossierCode the dossier
 * @param system the system's name
 * @param state where it stands
 * @param requestedBy the officer who sent it
 * @param requestedAt when
 * @param attempts failed calls so far (sending, then asking for the answer)
 * @param nextAttemptAt when it is tried next, null once answered
 * @param lastError the last failure, null when none
 * @param reference the system's reference once it took the dossier
 * @param registrationNumber the registration number once registered
 * @param certificateSha256 the certificate's file once registered
 * @param reason the system's reason when refused
 * @param answeredAt when the answer came
 */
public record Exchange(String dossierCode, String system, ExchangeState state, String requestedBy,
        Instant requestedAt, int attempts, Instant nextAttemptAt, String lastError, String reference,
        String registrationNumber, String certificateSha256, String reason, Instant answeredAt) {
}
