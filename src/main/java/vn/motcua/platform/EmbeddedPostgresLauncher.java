package vn.motcua.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the embedded PostgreSQL 15 on a data folder that survives restarts.
 *
 * <p>zonky's defaults suit throw-away test databases; the embedded default keeps real data, so
 * durability is switched back on, and its own shutdown hook is disabled because Spring closes the
 * pool first and then the server (the bean's destroy method). It listens on the loopback only and,
 * once started, takes no connection without its password ({@link EmbeddedPostgresPassword}).
 */
final class EmbeddedPostgresLauncher {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresLauncher.class);

    private EmbeddedPostgresLauncher() {
    }

    static EmbeddedPostgres start(DatabaseProperties properties) {
        Path dataDirectory = properties.dataDirectory().toAbsolutePath();
        try {
            Files.createDirectories(dataDirectory);
            stopOrphanedServer(dataDirectory);
            log.info("Starting embedded PostgreSQL with data in {}", dataDirectory);
            EmbeddedPostgres server = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(properties.cleanDataDirectory())
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("listen_addresses", "localhost")
                    .setConnectConfig("password", EmbeddedPostgresPassword.readOrCreate(dataDirectory))
                    .start();
            EmbeddedPostgresPassword.require(server, dataDirectory);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start in " + dataDirectory, e);
        }
    }

    /**
     * After a kill -9 the detached postmaster outlives the JVM and keeps the folder locked; stop it
     * so this start can take over. A stale pid file alone is harmless: PostgreSQL recovers.
     */
    private static void stopOrphanedServer(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return;
        }
        parsePid(lines.getFirst())
                .flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(EmbeddedPostgresLauncher::isPostgres)
                .ifPresent(EmbeddedPostgresLauncher::terminate);
    }

    private static Optional<Long> parsePid(String line) {
        try {
            return Optional.of(Long.parseLong(line.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(command -> command.contains("postgres")).orElse(false);
    }

    private static void terminate(ProcessHandle process) {
        log.warn("Stopping PostgreSQL process {} left running by a previous start", process.pid());
        process.destroy();
        process.onExit().orTimeout(30, java.util.concurrent.TimeUnit.SECONDS).join();
    }
}
