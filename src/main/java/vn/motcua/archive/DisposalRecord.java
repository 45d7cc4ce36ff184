package vn.motcua.archive;

import java.time.Instant;
import java.util.List;

/**
 * Biên bản tiêu huỷ: an approved disposal as the audit keeps it, never changed.
 *
 * @param code the dossier
 * @param proposedBy the officer who proposed it
 * @param proposedAt when
 * @param reason why
 * @param approvedBy the administrator who approved it, never the proposer
 * @param approvedAt when
 * @param files each file's hash and what became of it
 */
public record DisposalRecord(String code, String proposedBy, Instant proposedAt, String reason, String approvedBy,
        Instant approvedAt, List<FileFate> files) {

    /** One file of the disposed-of dossier: erased, or kept and why. */
    public record FileFate(String sha256, String name, long size, Fate fate) {
    }

    public enum Fate {
        /** The bytes were erased from the store. */
        ERASED,
        /** Kept: another dossier, still live or still archived, holds the same bytes. */
        KEPT_HELD_ELSEWHERE,
        /** Kept: another module's record refers to them (an applicant's data store, a published form). */
        KEPT_REFERENCED
    }
}
