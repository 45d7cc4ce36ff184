package vn.motcua.platform.backup;

import java.time.Instant;
import java.util.SortedMap;

/**
 * What a backup holds ({@code backup.json}), so that a restore can prove it got all of it back.
 *
 * @param format layout of the backup folder, 1 for this one
 * @param takenAt the snapshot's moment
 * @param schemaVersion the last Flyway migration applied to the database
 * @param databaseSha256 SHA-256 of {@code database.dump}
 * @param rows rows per table in the snapshot
 * @param files files of the file store named by the snapshot
 * @param fileBytes their total size
 */
public record BackupManifest(int format, Instant takenAt, String schemaVersion, String databaseSha256,
        SortedMap<String, Long> rows, long files, long fileBytes) {

    static final int FORMAT = 1;
    static final String NAME = "backup.json";
    static final String DATABASE = "database.dump";
    static final String FILES = "files";
}
