package vn.motcua.platform.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Restores a backup (khôi phục) into an empty database and an empty file store, then proves it: every
 * file's bytes match its SHA-256, the dump matches the one taken, and every table holds the rows the
 * backup counted. It never writes over data: a database with tables or a file store with files is refused.
 * The files are checked into a folder beside the store and take its place only once the database is in,
 * so a failed restore leaves nothing half done.
 */
public final class Restore {

    /**
     * @param backup the backup folder
     * @param server an empty database
     * @param fileStore an empty or missing file store folder
     * @return the restored backup's manifest
     */
    public BackupManifest restore(Path backup, DatabaseServer server, Path fileStore) {
        try (Connection connection = server.connect()) {
            BackupManifest manifest = readManifest(backup);
            Path dump = backup.resolve(BackupManifest.DATABASE);
            if (!FileTree.sha256Of(dump).equals(manifest.databaseSha256())) {
                throw new BackupException("The database dump " + dump + " is damaged: it is not the one the backup took");
            }
            requireEmpty(connection, fileStore);
            Path staging = fileStore.resolveSibling(fileStore.getFileName() + ".restoring");
            FileTree.delete(staging);
            long restored = restoreFiles(backup.resolve(BackupManifest.FILES), staging);
            if (restored != manifest.files()) {
                throw new BackupException("The backup lists " + manifest.files() + " files but holds " + restored);
            }
            PostgresTools.run(server, "pg_restore", List.of("--exit-on-error", "--single-transaction", "--no-owner",
                    "--no-privileges", "--dbname=" + server.database(), dump.toString()));
            // The database is in, all or nothing: only now do the checked files take the store's place.
            FileTree.delete(fileStore);
            Files.createDirectories(staging);
            Files.move(staging, fileStore);
            requireSameRows(manifest.rows(), DatabaseContents.rows(connection));
            return manifest;
        } catch (SQLException | IOException e) {
            throw new BackupException("The restore failed: " + e.getMessage(), e);
        }
    }

    private static BackupManifest readManifest(Path backup) {
        Path file = backup.resolve(BackupManifest.NAME);
        if (!Files.isRegularFile(file)) {
            throw new BackupException(backup + " is not a Motcua backup (no " + BackupManifest.NAME + ")");
        }
        BackupManifest manifest = Backup.JSON.readValue(file.toFile(), BackupManifest.class);
        if (manifest.format() != BackupManifest.FORMAT) {
            throw new BackupException("Unknown backup format " + manifest.format());
        }
        return manifest;
    }

    private static void requireEmpty(Connection connection, Path fileStore) throws SQLException, IOException {
        if (!DatabaseContents.empty(connection)) {
            throw new BackupException("The database already holds tables: restore only into an empty one");
        }
        if (FileTree.holdsFiles(fileStore)) {
            throw new BackupException("The file store " + fileStore + " already holds files: restore only into an "
                    + "empty one");
        }
    }

    private static long restoreFiles(Path from, Path fileStore) throws IOException {
        Map<String, Path> files = FileTree.index(from);
        for (Path relative : files.values()) {
            FileTree.copyVerified(from, fileStore, relative);
        }
        return files.size();
    }

    private static void requireSameRows(SortedMap<String, Long> expected, SortedMap<String, Long> actual) {
        if (!expected.equals(actual)) {
            throw new BackupException("The restored tables differ from the backup: expected " + expected + ", found "
                    + actual);
        }
    }
}
