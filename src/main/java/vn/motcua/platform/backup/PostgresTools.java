package vn.motcua.platform.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs {@code pg_dump} and {@code pg_restore}. They come from {@code MOTCUA_PG_BIN} when set, else the
 * newest Debian client under {@code /usr/lib/postgresql/N/bin}, else the {@code PATH}; {@code bin/backup}
 * and {@code bin/test} install Debian's {@code postgresql-client} when none is there. A client at least as
 * new as the server is needed: {@code pg_dump} refuses an older one and says so.
 */
final class PostgresTools {

    private static final Path DEBIAN_VERSIONS = Path.of("/usr/lib/postgresql");

    private PostgresTools() {
    }

    static void run(DatabaseServer server, String tool, List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(locate(tool));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(server.environment());
        try {
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new BackupException(tool + " failed: " + output.strip());
            }
        } catch (IOException e) {
            throw new BackupException(tool + " could not be run (install Debian's postgresql-client, or set "
                    + "MOTCUA_PG_BIN to the folder holding it)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BackupException(tool + " was interrupted", e);
        }
    }

    private static String locate(String tool) {
        String configured = System.getenv("MOTCUA_PG_BIN");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured, tool).toString();
        }
        return newestDebianClient().map(bin -> bin.resolve(tool).toString()).orElse(tool);
    }

    private static java.util.Optional<Path> newestDebianClient() {
        if (!Files.isDirectory(DEBIAN_VERSIONS)) {
            return java.util.Optional.empty();
        }
        try (Stream<Path> versions = Files.list(DEBIAN_VERSIONS)) {
            return versions.filter(v -> v.getFileName().toString().matches("\\d+"))
                    .filter(v -> Files.isExecutable(v.resolve("bin/pg_dump")))
                    .max(Comparator.comparingInt(v -> Integer.parseInt(v.getFileName().toString())))
                    .map(v -> v.resolve("bin"));
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }
}
