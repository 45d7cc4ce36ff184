package vn.motcua.dossier;

import java.time.LocalDateTime;
import java.util.List;

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
        long feesDueVnd,
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
        List<Fee> fees,
        List<SupplementRound> supplements,
        Apology apology,
        List<TrackingEntry> tracking,
        List<Result> results) {

    /** A step of the internal process as placed for this dossier. */
    public record Step(int position, String name, String role, String unit, int sharePercent,
            LocalDateTime deadline, LocalDateTime startedAt, LocalDateTime completedAt) {
    }

    /** A component as handed in, with its files and flags. */
    public record Component(int position, String name, int originals, int copies, boolean submitted,
            boolean digitised, boolean reused, boolean fromNationalStore, List<AttachedFile> files) {
    }

    public record Fee(String name, long amountVnd) {
    }

    /** One supplement request and, once answered, when. */
    public record SupplementRound(int round, LocalDateTime requestedAt, String requestedBy,
            List<SupplementItem> items, LocalDateTime suppliedAt) {
    }

    public record Apology(LocalDateTime issuedAt, String issuedBy, String reason, LocalDateTime previousAppointment,
            LocalDateTime newAppointment) {
    }

    /**
     * A result document (kết quả giải quyết) recorded when the dossier was marked done; never deleted.
     *
     * @param code {@code {dossier code}-KQ{n}}, n from 1
     * @param issuedBy the officer (username) who marked the dossier done with it
     */
    public record Result(String code, AttachedFile file, LocalDateTime issuedAt, String issuedBy) {
    }

    /** The result coded {@code code}, if the dossier has it. */
    public java.util.Optional<Result> result(String code) {
        return results.stream().filter(r -> r.code().equals(code)).findFirst();
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
