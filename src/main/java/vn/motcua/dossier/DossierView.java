package vn.motcua.dossier;

import java.time.LocalDateTime;
import java.util.List;
import vn.motcua.organization.Role;

/**
 * Everything about one dossier as officers, the API and the documents see it. Times are local
 * (Asia/Ho_Chi_Minh). {@code lockVersion} is sent back with every action so that of two officers
 * acting at once exactly one succeeds.
 */
public record DossierView(
        String code,
        int lockVersion,
        String procedureCode,
        long procedureVersionId,
        String procedureName,
        Channel channel,
        DossierStatus status,
        DossierStatus pausedFrom,
        String receivingUnit,
        String competentUnit,
        Applicant applicant,
        String submitterName,
        String submitterIdNumber,
        String summary,
        ReturnMethod returnMethod,
        String returnAddress,
        LocalDateTime submittedAt,
        LocalDateTime receivedAt,
        LocalDateTime appointment,
        LocalDateTime finishedAt,
        LocalDateTime returnedAt,
        String closingReason,
        Integer currentStep,
        String currentUnit,
        String currentAssignee,
        LocalDateTime currentDeadline,
        int supplementCount,
        int apologyCount,
        List<Step> steps,
        List<Component> components,
        List<SupplementRound> supplements,
        Apology apology,
        List<TrackingEntry> tracking) {

    /** A step of the internal process as placed for this dossier. */
    public record Step(int position, String name, Role role, String unit, int sharePercent,
            LocalDateTime deadline, LocalDateTime startedAt, LocalDateTime completedAt) {
    }

    /** A component as handed in, with its files and flags. */
    public record Component(int position, String name, int originals, int copies, boolean submitted,
            boolean digitised, boolean reused, boolean fromNationalStore, List<AttachedFile> files) {
    }

    /** One supplement request and, once answered, when. */
    public record SupplementRound(int round, LocalDateTime requestedAt, String requestedBy,
            List<SupplementItem> items, LocalDateTime suppliedAt) {
    }

    public record Apology(LocalDateTime issuedAt, String issuedBy, String reason, LocalDateTime previousAppointment,
            LocalDateTime newAppointment) {
    }

    /** The step the dossier is at, if it is in its internal process. */
    public Step step() {
        return currentStep == null ? null : steps.get(currentStep - 1);
    }

    /** More than one supplement request: the index counts the dossier as late. */
    public boolean flaggedForRepeatedSupplement() {
        return supplementCount > 1;
    }
}
