package vn.motcua.dossier;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * A dossier was received (receipt issued, clock started), at a counter or by accepting an online one.
 *
 * @param code dossier code
 * @param procedureCode national procedure code
 * @param channel how it arrived
 * @param receivingUnit where it was received
 * @param competentUnit who handles it
 * @param receivedAt when
 * @param appointment the appointment on the receipt (local)
 * @param allComponentsDigitised every submitted component has an electronic file
 */
public record DossierReceived(String code, String procedureCode, Channel channel, String receivingUnit,
        String competentUnit, Instant receivedAt, LocalDateTime appointment,
        boolean allComponentsDigitised) {
}
