package vn.motcua.index.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.AopTestUtils;
import org.springframework.transaction.PlatformTransactionManager;
import vn.motcua.Await;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.TestClock;
import vn.motcua.dossier.DossierFixtures;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierStatusChanged;
import vn.motcua.dossier.DossierView;

/**
 * The SQL one {@link DossierStatusChanged} costs the index's listener, counted on the connection
 * (issue 16): its own row and tallies, and nothing read from the dossier module. The listener is
 * called directly, on the test's thread, once the registry delivered the same event; each measurement
 * is rolled back.
 */
@MotcuaIntegrationTest
class IndexListenerStatementsTest {

    /** A table of the dossier module: {@code dossier} or {@code dossier_…}, not {@code index_dossier_fact}. */
    static final Pattern DOSSIER_TABLE = Pattern.compile("\\bdossier\\w*\\b", Pattern.CASE_INSENSITIVE);

    @Autowired
    DossierFixtures fixtures;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    IndexFactsListener listener;

    SqlStatements sql;
    IndexFactsListener direct;

    @BeforeEach
    void recorder() {
        sql = new SqlStatements(dataSource, transactions);
        direct = AopTestUtils.getUltimateTargetObject(listener);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void theFirstEventOfADossierWritesItsRowAndItsEntryTalliesWithoutReadingTheDossier() throws Exception {
        DossierStatusChanged received = receivedAndIndexed("011090004001");

        List<String> statements = sql.of(() -> jdbc.sql("delete from index_dossier_fact where code = ?")
                .param(received.code()).update(), () -> direct.on(received));
        print("first event of a dossier (receipt)", statements);

        assertThat(statements).noneMatch(s -> DOSSIER_TABLE.matcher(s).find())
                .as("the procedure version is remembered").noneMatch(s -> s.contains("catalog_"));
        // Its row: created, locked, written. A notary card received at the counter from a citizen, with a
        // component and no full online service, counts on its day of entry in 5.5, 5.4 and 5.6; its fee (4.1)
        // comes with the payment module's FeesDue, and this row was emptied.
        assertThat(statements).hasSize(6);
        assertThat(statements.subList(0, 3)).satisfiesExactly(
                s -> assertThat(s).startsWith("insert into index_dossier_fact"),
                s -> assertThat(s).contains("from index_dossier_fact").contains("for update"),
                s -> assertThat(s).startsWith("update index_dossier_fact"));
        assertThat(statements.subList(3, 6)).allMatch(s -> s.startsWith("insert into index_daily_tally"));
    }

    @Test
    void anEventDeliveredAgainStopsAtTheLockedRow() throws Exception {
        DossierStatusChanged received = receivedAndIndexed("011090004002");

        List<String> statements = sql.of(() -> { }, () -> direct.on(received));
        print("the same event again", statements);

        assertThat(statements).satisfiesExactly(
                s -> assertThat(s).startsWith("insert into index_dossier_fact").contains("on conflict do nothing"),
                s -> assertThat(s).contains("from index_dossier_fact").contains("for update"));
    }

    private DossierStatusChanged receivedAndIndexed(String idNumber) throws InterruptedException {
        clock.setLocal(LocalDateTime.parse("2037-02-02T08:00"));
        DossierView d = fixtures.receiveNotaryCard(idNumber, "Lò Văn Đếm");
        Await.until(() -> jdbc.sql("select coalesce(max(status), 0) from index_dossier_fact where code = ?")
                .param(d.code()).query(Integer.class).single() == DossierStatus.RECEIVED.code());
        return DossierStatusChanged.of(d, null, clock.instant());
    }

    private static void print(String what, List<String> statements) {
        System.out.printf("Index listener, %s: %d SQL statements%n", what, statements.size());
        statements.forEach(s -> System.out.println("  " + s.replaceAll("\\s+", " ")));
    }
}
