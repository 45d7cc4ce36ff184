package vn.motcua.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The embedded PostgreSQL as tools outside the running application see it ({@code bin/backup},
 * {@code bin/restore}): a server already running on a data folder is reached where it listens; a
 * stopped one is started on it, with the application's own settings and password.
 */
public final class EmbeddedServer {

    private EmbeddedServer() {
    }

    /**
     * The port of the server running on {@code dataDirectory}, read from its {@code postmaster.pid}
     * (line 4), when its postmaster is alive.
     */
    public static Optional<Integer> runningPort(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        try {
            if (!Files.isRegularFile(pidFile)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(pidFile);
            if (lines.size() < 4 || !alive(lines.getFirst())) {
                return Optional.empty();
            }
            return Optional.of(Integer.parseInt(lines.get(3).strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Starts the server on {@code dataDirectory} (made when missing) as the application would. */
    public static EmbeddedPostgres start(Path dataDirectory) {
        return EmbeddedPostgresLauncher.start(new DatabaseProperties(null, null, null, dataDirectory, false, 0));
    }

    /** The superuser's password of the server on {@code dataDirectory}. */
    public static String password(Path dataDirectory) {
        return EmbeddedPostgresPassword.read(dataDirectory);
    }

    private static boolean alive(String pidLine) {
        try {
            return ProcessHandle.of(Long.parseLong(pidLine.strip())).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Whether a data folder already holds a database cluster. */
    public static boolean initialised(Path dataDirectory) {
        return Files.isRegularFile(dataDirectory.resolve("PG_VERSION"));
    }
}
