package vn.motcua.platform.backup;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;
import vn.motcua.platform.EmbeddedServer;

/**
 * {@code bin/backup FOLDER} and {@code bin/restore FOLDER}: reads the same environment as the
 * application ({@code MOTCUA_DATA_DIR}, {@code MOTCUA_FILES_DIR}, {@code MOTCUA_DB_URL},
 * {@code MOTCUA_DB_USER}, {@code MOTCUA_DB_PASSWORD}). On the embedded database, a running server is used where it listens
 * (a backup while Motcua runs); a stopped one is started for the command and stopped after it.
 */
public final class BackupCommand {

    private BackupCommand() {
    }

    public static void main(String[] args) {
        if (args.length != 2 || !(args[0].equals("backup") || args[0].equals("restore"))) {
            System.err.println("usage: bin/backup FOLDER | bin/restore FOLDER");
            System.exit(2);
        }
        Path folder = Path.of(args[1]).toAbsolutePath();
        Path dataDirectory = Path.of(Optional.ofNullable(System.getenv("MOTCUA_DATA_DIR")).orElse("data"))
                .toAbsolutePath();
        Path fileStore = Optional.ofNullable(System.getenv("MOTCUA_FILES_DIR")).map(Path::of)
                .orElse(dataDirectory.resolve("files")).toAbsolutePath();
        try {
            BackupManifest manifest = args[0].equals("backup")
                    ? onDatabase(dataDirectory, false, server -> new Backup(Clock.systemUTC()).take(server, fileStore, folder))
                    : onDatabase(dataDirectory, true, server -> new Restore().restore(folder, server, fileStore));
            System.out.printf("motcua: %s %s: schema %s, %d tables, %d rows, %d files (%d bytes), snapshot of %s%n",
                    args[0].equals("backup") ? "backed up to" : "restored from", folder, manifest.schemaVersion(),
                    manifest.rows().size(), manifest.rows().values().stream().mapToLong(Long::longValue).sum(),
                    manifest.files(), manifest.fileBytes(), manifest.takenAt());
        } catch (BackupException e) {
            System.err.println("motcua: " + e.getMessage());
            System.exit(1);
        }
    }

    private static BackupManifest onDatabase(Path dataDirectory, boolean mayCreate,
            Function<DatabaseServer, BackupManifest> work) {
        String url = System.getenv("MOTCUA_DB_URL");
        if (url != null && !url.isBlank()) {
            return work.apply(DatabaseServer.fromJdbcUrl(url, System.getenv("MOTCUA_DB_USER"),
                    System.getenv("MOTCUA_DB_PASSWORD")));
        }
        Path postgres = dataDirectory.resolve("postgres");
        Optional<Integer> running = EmbeddedServer.runningPort(postgres);
        if (running.isPresent()) {
            return work.apply(embedded(postgres, running.get()));
        }
        if (!mayCreate && !EmbeddedServer.initialised(postgres)) {
            throw new BackupException("There is no database in " + postgres + " to back up");
        }
        try (EmbeddedPostgres server = EmbeddedServer.start(postgres)) {
            return work.apply(embedded(postgres, server.getPort()));
        } catch (IOException e) {
            throw new BackupException("The embedded PostgreSQL did not stop cleanly", e);
        }
    }

    private static DatabaseServer embedded(Path postgres, int port) {
        return new DatabaseServer("localhost", port, "postgres", "postgres", EmbeddedServer.password(postgres));
    }
}
