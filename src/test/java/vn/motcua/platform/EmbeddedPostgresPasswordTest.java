package vn.motcua.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.MotcuaIntegrationTest;

/** The embedded PostgreSQL takes no connection without its password, from this machine or any other. */
@MotcuaIntegrationTest
class EmbeddedPostgresPasswordTest {

    @Autowired
    EmbeddedPostgres server;

    @Autowired
    DatabaseProperties properties;

    @Test
    void aConnectionWithoutThePasswordIsRefused() {
        String url = "jdbc:postgresql://localhost:" + server.getPort() + "/postgres";
        assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "")).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "motcua-demo"))
                .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
    }

    @Test
    void theKeptPasswordOpensItAndOnlyItsOwnerCanReadIt() throws Exception {
        Path file = Path.of(properties.dataDirectory().toAbsolutePath() + ".password");
        String url = "jdbc:postgresql://localhost:" + server.getPort() + "/postgres";
        try (Connection connection = DriverManager.getConnection(url, "postgres", Files.readString(file).strip())) {
            assertThat(connection.isValid(5)).isTrue();
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readAllLines(properties.dataDirectory().resolve("pg_hba.conf")))
                .filteredOn(line -> !line.strip().startsWith("#") && !line.isBlank())
                .isNotEmpty().allMatch(line -> line.strip().endsWith("scram-sha-256"));
    }
}
