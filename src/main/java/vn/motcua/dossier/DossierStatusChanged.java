package vn.motcua.dossier;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * Published on every transition, with what a listener needs without reading the dossier back: the
 * national portal sync, the Decision 766 index, notifications.
 *
 * @param code dossier code
 * @param procedureCode national procedure code
 * @param procedureVersionId the catalog version it is handled under
 * @param channel how it arrived
 * @param applicantIdNumber the applicant's ID number
 * @param receivingUnit where it was received
 * @param competentUnit who handles it
 * @param action what was done
 * @param from status before, null when created
 * @param to status after
 * @param actor who acted (username)
 * @param actorUnit their unit, null for the applicant
 * @param occurredAt when
 * @param appointment the appointment after the action (local), null before receipt
 * @param supplementCount supplement requests so far
 * @param apologised whether an apology was issued
 * @param trackingSeq the tracking sheet line this transition wrote, for ordering per dossier
 */
public record DossierStatusChanged(String code, String procedureCode, long procedureVersionId, Channel channel,
        String applicantIdNumber, String receivingUnit, String competentUnit, DossierAction action,
        DossierStatus from, DossierStatus to, String actor, String actorUnit, Instant occurredAt,
        LocalDateTime appointment, int supplementCount, boolean apologised, int trackingSeq) {
}
