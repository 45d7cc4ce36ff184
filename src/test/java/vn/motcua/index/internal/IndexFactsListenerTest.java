package vn.motcua.index.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.AopTestUtils;
import vn.motcua.Await;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.TestClock;
import vn.motcua.dossier.DossierCommand;
import vn.motcua.dossier.DossierFixtures;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierStatusChanged;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.ReturnMethod;
import vn.motcua.dossier.SupplementItem;
import vn.motcua.index.Criterion;
import vn.motcua.index.DrillDownLine;
import vn.motcua.index.IndexDrillDown;
import vn.motcua.index.IndexQueries;
import vn.motcua.index.IndexReport;

@MotcuaIntegrationTest
class IndexFactsListenerTest {

    static final String JUSTICE = "000.00.02.H18";

    @Autowired
    DossierFixtures fixtures;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    IndexFactsListener listener;
    @Autowired
    IndexDrillDown drillDown;
    @Autowired
    IndexQueries queries;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void theFactsRowFollowsADossierFromReceiptToReturn() throws Exception {
        clock.setLocal(LocalDateTime.parse("2036-03-03T08:00"));
        DossierView d = fixtures.receiveNotaryCard("011090003001", "Lê Văn Facts");
        String code = d.code();
        Await.until(() -> status(code) == DossierStatus.RECEIVED.code());
        Map<String, Object> received = row(code);
        assertThat(received.get("unit")).isEqualTo(JUSTICE);
        assertThat(received.get("received_at")).hasToString("2036-03-03 08:00:00.0");
        assertThat(received.get("appointment")).isNotNull();
        assertThat(received.get("finished_at")).isNull();
        assertThat(received.get("fees_due_vnd")).isEqualTo(100_000L);

        clock.setLocal(LocalDateTime.parse("2036-03-04T09:00"));
        d = fixtures.toResultStep(d);
        d = fixtures.act("vanthu.tuphap", d, new DossierCommand.MarkDone("Số 1/TCCV"));
        fixtures.act("tiepnhan", d, new DossierCommand.ReturnResult(ReturnMethod.COUNTER, null));

        Await.until(() -> status(code) == DossierStatus.RETURNED.code());
        Map<String, Object> returned = row(code);
        assertThat(returned.get("finished_at")).hasToString("2036-03-04 09:00:00.0");
        assertThat(returned.get("returned_at")).hasToString("2036-03-04 09:00:00.0");
        assertThat(returned.get("received_at")).isEqualTo(received.get("received_at"));
        assertThat(returned.get("supplement_count")).isEqualTo(0);
    }

    @Test
    void aSecondSupplementRequestCountsTheDossierLate() throws Exception {
        // Other tests leave dossiers of the same unit open, and open dossiers count in every later period:
        // measure this dossier's own contribution, before and after, at the same moment.
        LocalDateTime judgedAt = LocalDateTime.parse("2036-07-01T08:00");
        clock.setLocal(judgedAt);
        IndexReport before = queries.report(JUSTICE, LocalDate.parse("2036-06-01"), LocalDate.parse("2036-06-30"));
        clock.setLocal(LocalDateTime.parse("2036-06-02T08:00"));
        DossierView d = fixtures.receiveNotaryCard("011090003002", "Lê Văn Bổ Sung");
        d = fixtures.act("tiepnhan", d, new DossierCommand.CompleteStep("Chuyển Sở Tư pháp"));
        for (int round = 0; round < 2; round++) {
            d = fixtures.act("chuyenvien.tuphap", d, new DossierCommand.RequestSupplement(
                    List.of(new SupplementItem("Tờ khai", "Thiếu chữ ký"))));
            d = fixtures.act("tiepnhan", d, new DossierCommand.Supplement(
                    List.of(new vn.motcua.dossier.SupplementAnswer(1, 0, 1, List.of())), "Đã bổ sung"));
        }
        String code = d.code();
        Await.until(() -> Integer.valueOf(2).equals(row(code).get("supplement_count"))
                && status(code) == DossierStatus.PROCESSING.code());

        clock.setLocal(judgedAt);
        IndexReport after = queries.report(JUSTICE, LocalDate.parse("2036-06-01"), LocalDate.parse("2036-06-30"));
        assertThat(after.criterion(Criterion.ON_TIME).denominator())
                .isEqualTo(before.criterion(Criterion.ON_TIME).denominator() + 1);
        assertThat(after.criterion(Criterion.ON_TIME).numerator())
                .as("two supplement requests: late").isEqualTo(before.criterion(Criterion.ON_TIME).numerator());
    }

    @Test
    void aReplayedEventChangesNeitherTheFactsNorTheTallies() throws Exception {
        clock.setLocal(LocalDateTime.parse("2036-09-01T08:00"));
        DossierView d = fixtures.receiveNotaryCard("011090003003", "Lê Văn Phát Lại");
        DossierStatusChanged received = DossierStatusChanged.of(d, null, clock.instant());
        String code = d.code();
        Await.until(() -> status(code) == DossierStatus.RECEIVED.code());
        clock.setLocal(LocalDateTime.parse("2036-10-01T08:00"));
        IndexReport once = queries.report(JUSTICE, LocalDate.parse("2036-09-01"), LocalDate.parse("2036-09-30"));
        Map<String, Object> row = row(code);

        direct().on(received);
        direct().on(received);

        assertThat(queries.report(JUSTICE, LocalDate.parse("2036-09-01"), LocalDate.parse("2036-09-30")))
                .isEqualTo(once);
        assertThat(row(code)).as("not even rewritten").isEqualTo(row);
    }

    @Test
    void anEventDeliveredAfterALaterOneChangesNothing() throws Exception {
        clock.setLocal(LocalDateTime.parse("2036-08-03T08:00"));
        DossierView received = fixtures.receiveNotaryCard("011090003005", "Lê Văn Trễ Hẹn");
        DossierStatusChanged receipt = DossierStatusChanged.of(received, null, clock.instant());
        clock.setLocal(LocalDateTime.parse("2036-08-04T09:00"));
        DossierView done = fixtures.act("vanthu.tuphap", fixtures.toResultStep(received),
                new DossierCommand.MarkDone("Số 2/TCCV"));
        String code = done.code();
        Await.until(() -> status(code) == DossierStatus.DONE.code());
        clock.setLocal(LocalDateTime.parse("2036-09-01T08:00"));
        IndexReport before = queries.report(JUSTICE, LocalDate.parse("2036-08-01"), LocalDate.parse("2036-08-31"));
        Map<String, Object> row = row(code);
        assertThat(row.get("done_at")).hasToString("2036-08-04 09:00:00.0");
        assertThat((Integer) row.get("tracking_seq")).isGreaterThan(receipt.trackingSeq());

        direct().on(receipt);

        assertThat(row(code)).as("still done, not received again").isEqualTo(row);
        assertThat(queries.report(JUSTICE, LocalDate.parse("2036-08-01"), LocalDate.parse("2036-08-31")))
                .isEqualTo(before);
    }

    @Test
    void aLateLiveDossierNamesTheStepThatOverranAndWhoseHandsItIsIn() throws Exception {
        clock.setLocal(LocalDateTime.parse("2036-11-03T08:00"));
        DossierView d = fixtures.receiveNotaryCard("011090003004", "Lê Văn Chậm");
        d = fixtures.act("tiepnhan", d, new DossierCommand.CompleteStep("Chuyển Sở Tư pháp"));
        String code = d.code();
        String step = d.step().name();
        Await.until(() -> status(code) == DossierStatus.PROCESSING.code());

        clock.setLocal(LocalDateTime.parse("2036-11-30T08:00"));
        DrillDownLine line = drillDown.of(JUSTICE, LocalDate.parse("2036-11-01"), LocalDate.parse("2036-11-30"),
                Criterion.ON_TIME, 0, 10_000).lines().stream().filter(l -> l.code().equals(code)).findFirst().orElseThrow();

        assertThat(line.meets()).isFalse();
        assertThat(line.reason().key()).isEqualTo("index.reason.late");
        assertThat((Long) line.reason().arguments().getFirst()).isGreaterThan(5);
        assertThat(line.step()).isEqualTo(step);
        assertThat(line.holder()).isNotBlank();
    }

    /** The listener itself, on the test's thread, as the event registry would call it. */
    private IndexFactsListener direct() {
        return AopTestUtils.getUltimateTargetObject(listener);
    }

    private int status(String code) {
        return jdbc.sql("select coalesce(max(status), 0) from index_dossier_fact where code = ?").param(code)
                .query(Integer.class).single();
    }

    private Map<String, Object> row(String code) {
        List<Map<String, Object>> rows = jdbc.sql("select * from index_dossier_fact where code = ?").param(code)
                .query().listOfRows();
        return rows.isEmpty() ? Map.of() : rows.getFirst();
    }
}
