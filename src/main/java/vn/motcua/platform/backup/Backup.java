package vn.motcua.platform.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Stream;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Takes a backup (sao lưu) into an empty folder: {@code database.dump}, {@code files/} and
 * {@code backup.json}. The database and the list of files come from one snapshot — the transaction
 * that reads the file list exports its snapshot to {@code pg_dump} — so every file the dump names is in
 * the backup even while officers go on working; files stored after the snapshot wait for the next one.
 */
public final class Backup {

    static final JsonMapper JSON = JsonMapper.builder().findAndAddModules()
            .enable(SerializationFeature.INDENT_OUTPUT).build();

    private final Clock clock;

    public Backup(Clock clock) {
        this.clock = clock;
    }

    /**
     * @param server the database to back up
     * @param fileStore the file store's folder
     * @param target an empty or missing folder
     * @return what the backup holds
     */
    public BackupManifest take(DatabaseServer server, Path fileStore, Path target) {
        try (Connection connection = server.connect()) {
            requireEmpty(target);
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            String snapshot = exportSnapshot(connection);
            String schemaVersion = DatabaseContents.schemaVersion(connection);
            SortedMap<String, Long> rows = DatabaseContents.rows(connection);
            Path dump = target.resolve(BackupManifest.DATABASE);
            PostgresTools.run(server, "pg_dump", List.of("--format=custom", "--no-owner", "--no-privileges",
                    "--snapshot=" + snapshot, "--file=" + dump));
            long[] copied = copyFiles(storedFiles(connection), fileStore, target.resolve(BackupManifest.FILES));
            connection.commit();
            BackupManifest manifest = new BackupManifest(BackupManifest.FORMAT, clock.instant(), schemaVersion,
                    FileTree.sha256Of(dump), rows, copied[0], copied[1]);
            JSON.writeValue(target.resolve(BackupManifest.NAME).toFile(), manifest);
            return manifest;
        } catch (SQLException | IOException e) {
            throw new BackupException("The backup failed: " + e.getMessage(), e);
        }
    }

    private static void requireEmpty(Path target) throws IOException {
        if (Files.isDirectory(target)) {
            try (Stream<Path> entries = Files.list(target)) {
                if (entries.findAny().isPresent()) {
                    throw new BackupException("The backup folder " + target + " is not empty");
                }
            }
        }
        Files.createDirectories(target);
    }

    private static String exportSnapshot(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select pg_export_snapshot()")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static List<String> storedFiles(Connection connection) throws SQLException {
        List<String> files = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select sha256 from document_file order by sha256")) {
            while (rs.next()) {
                files.add(rs.getString(1));
            }
        }
        return files;
    }

    /** Copies the named files; returns {count, bytes}. A named file missing from the store stops the backup. */
    private static long[] copyFiles(List<String> named, Path fileStore, Path target) throws IOException {
        Map<String, Path> present = FileTree.index(fileStore);
        long bytes = 0;
        for (String sha256 : named) {
            Path relative = present.get(sha256);
            if (relative == null) {
                throw new BackupException("The database names the file " + sha256 + ", which is missing from "
                        + fileStore);
            }
            bytes += FileTree.copyVerified(fileStore, target, relative);
        }
        return new long[] {named.size(), bytes};
    }
}
