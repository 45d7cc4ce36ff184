package vn.motcua.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL's superuser password. zonky initialises the server with {@code trust}
 * authentication, so any local user or process could connect without a password; on the first start
 * the superuser gets a random password (kept beside the data folder, readable by its owner only) and
 * every rule of {@code pg_hba.conf} is switched to {@code scram-sha-256}. Later starts find nothing to
 * switch and connect with the password.
 */
final class EmbeddedPostgresPassword {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresPassword.class);
    private static final Pattern TRUST = Pattern.compile("\\btrust\\s*$");

    private EmbeddedPostgresPassword() {
    }

    /** The password of the server whose data lives in {@code dataDirectory}, made on first use. */
    static String readOrCreate(Path dataDirectory) throws IOException {
        Path file = fileOf(dataDirectory);
        if (Files.isRegularFile(file)) {
            return Files.readString(file, StandardCharsets.US_ASCII).strip();
        }
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, password, StandardCharsets.US_ASCII);
        return password;
    }

    /** The password of an already started server. */
    static String read(Path dataDirectory) {
        try {
            return readOrCreate(dataDirectory.toAbsolutePath());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("The embedded PostgreSQL's password cannot be read", e);
        }
    }

    /** Sets the password and turns {@code trust} off, when the server still trusts everyone. */
    static void require(EmbeddedPostgres server, Path dataDirectory) throws IOException {
        Path rules = dataDirectory.resolve("pg_hba.conf");
        List<String> lines = Files.readAllLines(rules);
        if (lines.stream().noneMatch(EmbeddedPostgresPassword::trusts)) {
            return;
        }
        String password = readOrCreate(dataDirectory);
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            // The password is base64url: nothing in it needs quoting.
            statement.execute("alter role postgres password '" + password + "'");
            Files.write(rules, lines.stream()
                    .map(line -> trusts(line) ? TRUST.matcher(line).replaceFirst("scram-sha-256") : line).toList());
            statement.execute("select pg_reload_conf()");
        } catch (SQLException e) {
            throw new IOException("The embedded PostgreSQL's password could not be set", e);
        }
        log.info("Embedded PostgreSQL now requires its password (kept in {})", fileOf(dataDirectory));
    }

    private static boolean trusts(String line) {
        String rule = line.strip();
        return !rule.startsWith("#") && TRUST.matcher(rule).find();
    }

    private static Path fileOf(Path dataDirectory) {
        return dataDirectory.resolveSibling(dataDirectory.getFileName() + ".password");
    }
}
