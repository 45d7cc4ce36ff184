package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.MotcuaIntegrationTest;

/**
 * The rules the database keeps for the dossier, broken on purpose: the tracking sheet, the results
 * and the supervisors' look-up log refuse update, delete and truncate. Each attempt runs in a
 * transaction rolled back afterwards, so a missing trigger fails the test without emptying the
 * shared database.
 */
@MotcuaIntegrationTest
class DatabaseRulesTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    DossierFixtures fixtures;

    @Test
    void theAppendOnlyTablesRefuseUpdateDeleteAndTruncate() {
        String code = fixtures.receiveNotaryCard("011090007007", "Quàng Văn Sáng").code();
        jdbc.sql("insert into dossier_result (dossier_code, seq, code, sha256, original_name, media_type, size_bytes,"
                        + " issued_at, issued_by) values (?, 1, ? || '-KQ1', repeat('a', 64), 'kq.pdf',"
                        + " 'application/pdf', 1, now(), 'vanthu.tuphap')")
                .params(code, code).update();
        jdbc.sql("insert into dossier_lookup (officer, officer_name, search_term, looked_at)"
                + " values ('giamsat', 'Lò Thị Giám', 'DatabaseRulesTest', now())").update();
        List<String> attempts = List.of(
                "update dossier_tracking set note = 'sửa'", "delete from dossier_tracking", "truncate dossier_tracking cascade",
                "update dossier_result set sha256 = sha256", "delete from dossier_result",
                "truncate dossier_result cascade",
                "update dossier_lookup set officer = 'x'", "delete from dossier_lookup", "truncate dossier_lookup");
        for (String attempt : attempts) {
            assertThatThrownBy(() -> rolledBack(attempt)).as(attempt)
                    .hasMessageContaining("cannot be changed or deleted");
        }
        assertThat(jdbc.sql("select count(*) from dossier_tracking").query(Long.class).single()).isPositive();
    }

    private void rolledBack(String statement) {
        transactions.executeWithoutResult(status -> {
            status.setRollbackOnly();
            jdbc.sql(statement).update();
        });
    }
}
