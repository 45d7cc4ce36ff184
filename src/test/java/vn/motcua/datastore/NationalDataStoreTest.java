package vn.motcua.datastore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.Await;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.TestClock;
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
import vn.motcua.index.Criterion;
import vn.motcua.index.CriterionScore;
import vn.motcua.index.IndexQueries;
import vn.motcua.platform.SimulatorMode;
import vn.motcua.result.ResultIssued;

/**
 * Every result is pushed to the national data store over real HTTP (here its simulator on the
 * application's own port), retried with a doubling wait while the store is down or answers badly, and
 * the dossier then counts in 5.5.
 */
@MotcuaIntegrationTest
class NationalDataStoreTest {

    private static final String JUSTICE = "000.00.02.H18";

    @Autowired DossierFixtures fixtures;
    @Autowired NationalStoreSimulator simulator;
    @Autowired IndexQueries index;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;
    @Autowired NationalLookup lookup;
    @Autowired DataStore store;
    @Autowired DossierHandling handling;
    @LocalServerPort int port;

    @AfterEach
    void restore() {
        simulator.setMode(SimulatorMode.UP);
        clock.reset();
    }

    @Test
    void aResultIsPushedAndItsDossierThenCountsIn55() throws Exception {
        LocalDate day = LocalDate.of(2029, 6, 12);
        DossierView dossier = receivedOn(day);
        Await.until(() -> sync(day).denominator() == 1);
        assertThat(sync(day).numerator()).isZero();

        String resultCode = issueResult(dossier);
        Await.until(() -> simulator.holds(resultCode));
        Await.until(() -> sync(day).numerator() == 1);
        // 1 ÷ 1 dossiers: the 4 points of 5.5, the same once the day is over (from the daily tallies)
        assertThat(sync(day).score()).isEqualByComparingTo("4.00");
        clock.setLocal(day.plusDays(1).atTime(9, 0));
        assertThat(sync(day).numerator()).isEqualTo(1);
        assertThat(push(resultCode).attempts()).isEqualTo(1);
        assertThat(simulator.lookup(dossier.applicant().idNumber())).singleElement()
                .satisfies(d -> assertThat(d.documentType()).isEqualTo("Thẻ công chứng viên"));
    }

    @Test
    void aPushWhileTheStoreIsDownWaitsAMinuteThenTwoAndSucceedsOnceItIsUp() throws Exception {
        LocalDateTime start = LocalDateTime.of(2029, 6, 13, 9, 0);
        clock.setLocal(start);
        simulator.setMode(SimulatorMode.DOWN);
        DossierView dossier = fixtures.receiveNotaryCard(DataStoreTest.newCitizenId(), "Lò Văn Pọm");
        String resultCode = issueResult(dossier);

        Await.until(() -> push(resultCode) != null && push(resultCode).attempts() == 1);
        assertThat(push(resultCode).pushedAt()).isNull();
        assertThat(push(resultCode).lastError()).contains("503");
        assertThat(push(resultCode).nextAttemptAt()).isEqualTo(at(start.plusMinutes(1)));

        clock.setLocal(start.plusMinutes(1));
        Await.until(() -> push(resultCode).attempts() == 2);
        assertThat(push(resultCode).nextAttemptAt()).isEqualTo(at(start.plusMinutes(3)));

        simulator.setMode(SimulatorMode.UP);
        clock.setLocal(start.plusMinutes(2));
        Thread.sleep(1000);
        assertThat(push(resultCode).pushedAt()).as("not due before its wait is over").isNull();
        clock.setLocal(start.plusMinutes(3));
        Await.until(() -> push(resultCode).pushedAt() != null);
        assertThat(push(resultCode).attempts()).isEqualTo(3);
        assertThat(simulator.holds(resultCode)).isTrue();
    }

    @Test
    void aPushAnsweredWithAnErrorAfterTheStoreKeptItIsSentAgainAndTakenAsADuplicate() throws Exception {
        LocalDateTime start = LocalDateTime.of(2029, 6, 14, 9, 0);
        clock.setLocal(start);
        simulator.setMode(SimulatorMode.DUPLICATE);
        String resultCode = issueResult(fixtures.receiveNotaryCard(DataStoreTest.newCitizenId(), "Lò Văn Pọm"));
        Await.until(() -> push(resultCode) != null && push(resultCode).attempts() == 1);
        assertThat(simulator.holds(resultCode)).isTrue();
        assertThat(push(resultCode).pushedAt()).isNull();

        simulator.setMode(SimulatorMode.UP);
        clock.setLocal(start.plusMinutes(1));
        Await.until(() -> push(resultCode).pushedAt() != null);
        assertThat(simulator.pushes(resultCode)).isEqualTo(2);
        assertThat(simulator.lookup(push(resultCode).owner())).hasSize(1);
    }

    @Test
    void aStoreTooSlowToAnswerIsAFailureRetriedLater() throws Exception {
        LocalDateTime start = LocalDateTime.of(2029, 6, 15, 9, 0);
        clock.setLocal(start);
        simulator.setMode(SimulatorMode.SLOW);
        String resultCode = issueResult(fixtures.receiveNotaryCard(DataStoreTest.newCitizenId(), "Lò Văn Pọm"));
        Await.until(() -> push(resultCode) != null && push(resultCode).attempts() == 1);
        assertThat(push(resultCode).pushedAt()).isNull();
        // The client stops waiting after its timeout (2 s here) while the simulator takes 3 s.
        assertThat(push(resultCode).lastError()).contains("I/O error");
    }

    @Test
    void aDocumentTakenFromTheNationalStoreIsReusedAndItsDossierCountsIn55() throws Exception {
        String owner = DataStoreTest.newCitizenId();
        String id = "000.00.01.H12-290101-0007-KQ1";
        byte[] card = DataStoreTest.pdf("issued in another province for " + owner);
        // Another province pushes a result to the national store, as its wire message says.
        HttpResponse<String> pushed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        "http://127.0.0.1:" + port + NationalStoreSimulator.PATH + "/documents"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("""
                        {"id": "%s", "ownerId": "%s", "documentType": "Thẻ căn cước", "validUntil": "2040-01-01",
                         "fileName": "can-cuoc.pdf", "mediaType": "application/pdf", "content": "%s"}"""
                        .formatted(id, owner, Base64.getEncoder().encodeToString(card)))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(pushed.statusCode()).isEqualTo(200);

        simulator.setMode(SimulatorMode.DOWN);
        assertThatThrownBy(() -> lookup.takeFor(owner)).isInstanceOf(NationalDataStore.NationalStoreException.class);
        simulator.setMode(SimulatorMode.UP);
        assertThat(lookup.takeFor(owner)).isEqualTo(1);
        assertThat(lookup.takeFor(owner)).as("taken once").isZero();
        StoredDocument taken = store.of(owner).getFirst();
        assertThat(taken.source()).isEqualTo(DocumentSource.NATIONAL_STORE);
        assertThat(taken.reference()).isEqualTo(id);
        assertThat(taken.validUntil()).isEqualTo(LocalDate.of(2040, 1, 1));

        LocalDate day = LocalDate.of(2029, 6, 18);
        clock.setLocal(day.atTime(9, 0));
        DossierView dossier = handling.receiveAtCounter(fixtures.officer("tiepnhan"), new CounterReception(
                DossierFixtures.NOTARY_CARD, Channel.COUNTER,
                new Applicant(ApplicantType.CITIZEN, owner, "Lò Văn Pọm", "0912345678", null, null), null, null,
                List.of(new ComponentInput("Bản sao Thẻ căn cước", 0, 1, true, true, false,
                        List.of(AttachedFile.reference(taken.file().sha256())))),
                ReturnMethod.COUNTER, null, null, null));
        assertThat(dossier.components().getFirst().fromNationalStore()).isTrue();
        Await.until(() -> sync(day).denominator() == 1);
        assertThat(sync(day).numerator()).isEqualTo(1);
    }

    private record Push(int attempts, Instant pushedAt, Instant nextAttemptAt, String lastError, String owner) {
    }

    private Push push(String resultCode) {
        return jdbc.sql("""
                select p.attempts, p.pushed_at, p.next_attempt_at, p.last_error, d.owner_id
                from national_push p join stored_document d on d.id = p.stored_document where d.reference = ?""")
                .param(resultCode)
                .query((rs, row) -> new Push(rs.getInt(1), rs.getTimestamp(2) == null ? null
                        : rs.getTimestamp(2).toInstant(), rs.getTimestamp(3).toInstant(), rs.getString(4),
                        rs.getString(5)))
                .optional().orElse(null);
    }

    private DossierView receivedOn(LocalDate day) {
        clock.setLocal(day.atTime(9, 0));
        return fixtures.receiveNotaryCard(DataStoreTest.newCitizenId(), "Lò Văn Pọm");
    }

    /** Publishes the result a sealing would, as the result module does, for the dossier's applicant. */
    private String issueResult(DossierView dossier) {
        AttachedFile pdf = fixtures.made("the.pdf", DataStoreTest.pdf("result " + dossier.code()));
        String resultCode = dossier.code() + "-KQ1";
        transactions.executeWithoutResult(status -> events.publishEvent(new ResultIssued(resultCode, dossier.code(),
                dossier.procedureCode(), dossier.applicant().idNumber(), "Thẻ công chứng viên", pdf, null,
                clock.instant())));
        return resultCode;
    }

    private CriterionScore sync(LocalDate day) {
        return index.report(JUSTICE, day, day).criterion(Criterion.DATA_STORE_SYNC);
    }

    private Instant at(LocalDateTime local) {
        return local.atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toInstant();
    }
}
