package vn.motcua.platform.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.catalog.ApplicantType;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.AttachedFile;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.ComponentInput;
import vn.motcua.dossier.CounterReception;
import vn.motcua.dossier.DossierFixtures;
import vn.motcua.dossier.DossierHandling;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.ReturnMethod;

/**
 * A backup of the running test installation restored into a fresh PostgreSQL and a fresh file store
 * gives back every dossier, its tracking sheet, its files byte for byte and the rules the database
 * keeps; a damaged backup or a database that already holds data is refused with nothing written.
 */
@MotcuaIntegrationTest
class BackupRoundTripTest {

    private static EmbeddedPostgres fresh;

    @Autowired DataSource dataSource;
    @Autowired DossierFixtures fixtures;
    @Autowired DossierHandling handling;
    @Autowired Clock clock;
    @Value("${motcua.files.directory}") Path fileStore;
    @TempDir Path temp;

    @BeforeAll
    static void startFreshServer() throws IOException {
        fresh = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopFreshServer() throws IOException {
        fresh.close();
    }

    @Test
    void aRestoredBackupHoldsEveryDossierItsTrackingSheetAndItsFilesIntact() throws Exception {
        byte[] scan = uniqueScan();
        DossierView dossier = receiveWithScan(scan);
        Path backup = temp.resolve("backup");
        BackupManifest manifest = new Backup(clock).take(source(), fileStore.toAbsolutePath(), backup);

        DatabaseServer target = database("restored");
        Path restoredFiles = temp.resolve("files");
        new Restore().restore(backup, target, restoredFiles);

        try (Connection from = dataSource.getConnection(); Connection to = target.connect()) {
            assertThat(manifest.rows().get("dossier")).isEqualTo(count(from, "dossier")).isEqualTo(count(to, "dossier"));
            assertThat(row(to, dossier.code())).isEqualTo(row(from, dossier.code()))
                    .startsWith(dossier.code() + "|" + dossier.status().code() + "|Lò Văn Sao lưu|");
            assertThat(count(to, "dossier_tracking")).isEqualTo(count(from, "dossier_tracking"));
            assertThat(Files.readAllBytes(restoredFiles.resolve(storedPath(scan)))).isEqualTo(scan);
            assertThat(FileTree.index(restoredFiles)).hasSize((int) count(to, "document_file"));
            assertThatThrownBy(() -> execute(to, "delete from dossier_tracking"))
                    .as("the tracking sheet is still append-only after a restore").isInstanceOf(SQLException.class);
        }
    }

    @Test
    void aDamagedFileStopsTheRestoreAndNothingIsWritten() throws Exception {
        byte[] scan = uniqueScan();
        receiveWithScan(scan);
        Path backup = temp.resolve("backup");
        new Backup(clock).take(source(), fileStore.toAbsolutePath(), backup);
        Path victim = FileTree.index(backup.resolve("files")).get(sha256(scan));
        Files.write(backup.resolve("files").resolve(victim), "tampered".getBytes(StandardCharsets.US_ASCII));

        DatabaseServer target = database("damaged");
        Path restoredFiles = temp.resolve("files");
        assertThatThrownBy(() -> new Restore().restore(backup, target, restoredFiles))
                .isInstanceOf(BackupException.class).hasMessageContaining("is damaged");
        try (Connection to = target.connect()) {
            assertThat(DatabaseContents.empty(to)).isTrue();
        }
        assertThat(FileTree.holdsFiles(restoredFiles)).isFalse();
    }

    @Test
    void aRestoreNeverWritesOverADatabaseThatHoldsData() {
        Path backup = temp.resolve("backup");
        new Backup(clock).take(source(), fileStore.toAbsolutePath(), backup);
        assertThatThrownBy(() -> new Restore().restore(backup, source(), temp.resolve("files")))
                .isInstanceOf(BackupException.class).hasMessageContaining("already holds tables");
    }

    private DossierView receiveWithScan(byte[] scan) {
        AttachedFile file = fixtures.stored("tiepnhan", "don-de-nghi.pdf", scan);
        return handling.receiveAtCounter(fixtures.officer("tiepnhan"), new CounterReception(DossierFixtures.NOTARY_CARD,
                Channel.COUNTER, new Applicant(ApplicantType.CITIZEN, "011090001234", "Lò Văn Sao lưu", "0912345678",
                        null, "Phường Mường Thanh, tỉnh Điện Biên"),
                null, null, List.of(new ComponentInput("Đơn đề nghị cấp thẻ công chứng viên", 1, 0, true, false, false,
                        List.of(file))),
                ReturnMethod.COUNTER, null, null, null));
    }

    private static byte[] uniqueScan() {
        return ("%PDF-1.4\n% backup " + UUID.randomUUID() + "\n1 0 obj <<>> endobj\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    private Path storedPath(byte[] content) throws Exception {
        return FileTree.index(temp.resolve("files")).get(sha256(content));
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    private DatabaseServer source() {
        HikariDataSource pool = (HikariDataSource) dataSource;
        return DatabaseServer.fromJdbcUrl(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
    }

    private static DatabaseServer database(String name) throws SQLException {
        try (Connection admin = fresh.getPostgresDatabase().getConnection()) {
            execute(admin, "create database " + name);
        }
        return new DatabaseServer("localhost", fresh.getPort(), name, "postgres", "");
    }

    private static String row(Connection connection, String code) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                select code || '|' || status || '|' || applicant_name || '|' || received_at || '|' || appointment_at
                from dossier where code = ?""")) {
            statement.setString(1, code);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
