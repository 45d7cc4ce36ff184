package vn.motcua.archive;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Hồ sơ lưu trữ: a closed dossier as the archive keeps it. Times the law speaks of are local
 * (Asia/Ho_Chi_Minh).
 *
 * @param code the dossier code
 * @param procedureCode national procedure code
 * @param procedureName its name when the dossier closed
 * @param receivingUnit where it was received
 * @param competentUnit who handled it
 * @param applicantIdNumber the applicant's ID number
 * @param applicantName the applicant's name
 * @param status how it closed: returned, refused, withdrawn or stopped
 * @param submittedAt when it was submitted
 * @param closedAt when it closed
 * @param retention the procedure's retention when it was archived
 * @param lastDay the last day it must be kept, null when kept for good
 * @param archivedAt when the archive took it
 * @param state archived, or disposed of (files erased, manifest kept)
 * @param files its files
 * @param manifestJson the manifest as written into an export (metadata, files, tracking sheet)
 */
public record ArchivedDossier(String code, String procedureCode, String procedureName, String receivingUnit,
        String competentUnit, String applicantIdNumber, String applicantName, String status,
        LocalDateTime submittedAt, LocalDateTime closedAt, Retention retention, LocalDate lastDay, Instant archivedAt,
        State state, List<ArchivedFile> files, String manifestJson) {

    /** Where an archived dossier stands. */
    public enum State {
        ARCHIVED,
        /** Đã tiêu huỷ: its files erased after an approved disposal; the record and manifest stay. */
        DISPOSED
    }

    /** Whether its retention has passed on {@code today}: disposal may be proposed. */
    public boolean retentionPassed(LocalDate today) {
        return lastDay != null && today.isAfter(lastDay);
    }

    /** The total size of its files. */
    public long totalBytes() {
        return files.stream().mapToLong(ArchivedFile::size).sum();
    }
}
