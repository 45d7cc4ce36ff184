package vn.motcua.dossier;

import java.time.LocalDateTime;

/** One line of an inbox or a search result. Times are local (Asia/Ho_Chi_Minh). */
public record DossierSummary(String code, String procedureCode, String procedureName, String applicantName,
        String applicantIdNumber, DossierStatus status, Channel channel, String receivingUnit, String currentUnit,
        String currentAssignee, LocalDateTime currentDeadline, LocalDateTime appointment, LocalDateTime submittedAt) {

    /** Past its current step's deadline at {@code now}. */
    public boolean lateAt(LocalDateTime now) {
        return currentDeadline != null && currentDeadline.isBefore(now);
    }
}
