package vn.motcua.dossier;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One dossier as its applicant (chủ hồ sơ) sees it on the portal: the status, the appointment, what is
 * expected of them now, and the history in plain terms. It names units, never officers, and carries
 * no internal notes: officers' remarks are for the tracking sheet, not for the public.
 *
 * @param lockVersion sent back with the applicant's action, as officers do
 * @param competentUnit identifier of the unit that decides (cơ quan có thẩm quyền)
 * @param supplementAsked what the open supplement request lists; empty when none is open
 * @param closingReason reasons of a refusal or stop, the applicant's own reason for a withdrawal
 * @param documents the PDFs the dossier has so far
 * @param actions what the applicant may do now (supplement, withdraw)
 */
public record ApplicantDossier(String code, int lockVersion, String procedureCode, String procedureName,
        String applicantName, DossierStatus status, String competentUnit, String competentUnitName,
        LocalDateTime submittedAt, LocalDateTime receivedAt, LocalDateTime appointment, LocalDateTime returnedAt,
        String closingReason, List<SupplementItem> supplementAsked,
        List<Milestone> timeline, List<DossierDocumentKind> documents, List<DossierAction> actions) {

    /** A moment of the dossier's life worth telling the applicant, with the unit that holds it after it. */
    public record Milestone(LocalDateTime at, Kind kind, String unitName, String note) {
    }

    /** The applicant's vocabulary for what happened; internal hand-overs within a unit are not told. */
    public enum Kind {
        SUBMITTED, RECEIVED, IN_HANDLING, SUPPLEMENT_REQUESTED, SUPPLEMENTED, PAYMENT_REQUIRED, PAID, DELAYED,
        RESULT_READY, RETURNED, REFUSED, WITHDRAWN, STOPPED
    }

    /** The applicant receives the result when it is returned, not when it is ready. */
    public boolean resultReturned() {
        return status == DossierStatus.RETURNED;
    }

    public boolean allows(DossierAction action) {
        return actions.contains(action);
    }
}
