package vn.motcua.nationalportal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.Await;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.TestClock;
import vn.motcua.catalog.ApplicantType;
import vn.motcua.datastore.DataStore;
import vn.motcua.dossier.Actor;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.AttachedFile;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.ComponentInput;
import vn.motcua.dossier.CounterReception;
import vn.motcua.dossier.DossierCommand;
import vn.motcua.dossier.DossierFixtures;
import vn.motcua.dossier.DossierHandling;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.ReturnMethod;
import vn.motcua.dossier.SupplementAnswer;
import vn.motcua.dossier.SupplementItem;
import vn.motcua.index.Criterion;
import vn.motcua.index.CriterionScore;
import vn.motcua.index.DrillDownLine;
import vn.motcua.index.IndexDrillDown;
import vn.motcua.index.IndexQueries;
import vn.motcua.nationalportal.Destination;
import vn.motcua.nationalportal.NationalPortal;
import vn.motcua.nationalportal.NationalPortalSimulator;
import vn.motcua.nationalportal.NationalPortalSimulator.Held;
import vn.motcua.nationalportal.PortalSimulatorMode;
import vn.motcua.nationalportal.PortalSync;
import vn.motcua.population.PopulationGateway.Citizen;
import vn.motcua.population.PopulationGatewaySimulator;
import vn.motcua.population.PopulationLookups;
import vn.motcua.result.ResultIssued;
import vn.motcua.verification.TestPdfs;

/**
 * Every status change reaches the national portal (its simulator, over real HTTP on the application's own
 * port) in order per dossier, exactly once in effect: through "already exists", duplicates, an outage, a
 * sender dying mid-send, two senders at once, parking and an administrator's resend; and 1.4 counts the
 * dossiers whose changes the portal acknowledged in time (in-time: 24 hours).
 */
@MotcuaIntegrationTest
class NationalPortalSyncTest {

    private static final String JUSTICE = "000.00.02.H18";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String FORM = "Đơn đề nghị cấp thẻ công chứng viên";
    private static final String APPOINTMENT = "Quyết định bổ nhiệm công chứng viên";
    /** The portal's rows of one dossier. */
    private static final String ROWS = " from national_portal_outbox where destination = 'PORTAL' and dossier_code = ?";

    @Autowired DossierFixtures fixtures;
    @Autowired DossierQueries dossiers;
    @Autowired NationalPortalSimulator simulator;
    @Autowired NationalPortal portal;
    @Autowired PortalSync sync;
    @Autowired SyncOutbox outbox;
    @Autowired NationalPortalSettings settings;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;
    @Autowired IndexQueries index;
    @Autowired IndexDrillDown drillDown;
    @Autowired DossierHandling handling;
    @Autowired PopulationGatewaySimulator population;
    @Autowired PopulationLookups lookups;
    @Autowired DataStore dataStore;
    @Autowired ApplicationEventPublisher events;
    @Value("${motcua.public-url}") String publicUrl;
    @LocalServerPort int port;

    @AfterEach
    void restore() {
        simulator.setMode(PortalSimulatorMode.UP);
        clock.reset();
    }

    @Test
    void everyChangeReachesThePortalOnceAndInTheDossiersOrder() throws Exception {
        clock.setLocal(LocalDateTime.of(2031, 2, 3, 9, 0));
        DossierView dossier = fixtures.toResultStep(receive());

        Await.until(() -> allAcknowledged(dossier.code()));
        Held held = simulator.held(dossier.code()).orElseThrow();
        assertThat(held.progressStatuses()).as("one entry per tracking line, in its order")
                .isEqualTo(trackingStatuses(dossier.code()));
        assertThat(held.receipts()).allMatch(times -> times == 1);
        assertThat(held.adds()).as("added once, then updated").isEqualTo(1);
        assertThat(held.dossier()).containsEntry("TrangThaiHoSo", dossiers.find(dossier.code()).orElseThrow()
                .status().code()).containsEntry("MaHoSo", dossier.code()).containsEntry("NgayTiepNhan", "20310203090000");
    }

    @Test
    void theDossierObjectCarriesTheApplicantDocumentsFeesSupplementsResultsAndTheDatabasesConsulted() throws Exception {
        // Within the demo seal's three years: this dossier's result is sealed.
        clock.setLocal(LocalDateTime.of(2028, 2, 14, 9, 0));
        Citizen person = population.population().get(61);
        String owner = person.idNumber();
        // A result the applicant holds in the data store, which the new dossier reuses for a component.
        AttachedFile earlier = fixtures.made("quyet-dinh.pdf", pdf("appointment " + owner));
        String earlierResult = "X-" + owner + "-KQ1";
        transactions.executeWithoutResult(tx -> events.publishEvent(new ResultIssued(earlierResult, "X-" + owner,
                DossierFixtures.NOTARY_CARD, owner, APPOINTMENT, earlier, null, clock.instant())));
        Await.until(() -> !dataStore.of(owner).isEmpty());
        AttachedFile scan = fixtures.stored("tiepnhan", "don.pdf", pdf("form " + owner));
        DossierView received = handling.receiveAtCounter(fixtures.officer("tiepnhan"), new CounterReception(
                DossierFixtures.NOTARY_CARD, Channel.COUNTER, new Applicant(ApplicantType.CITIZEN, owner,
                        person.fullName(), "0912345678", null, null), null, null,
                List.of(new ComponentInput(FORM, 1, 0, true, false, false, List.of(scan)),
                        new ComponentInput(APPOINTMENT, 0, 1, true, true, false,
                                List.of(AttachedFile.reference(earlier.sha256())))),
                ReturnMethod.COUNTER, null, null, null));
        lookups.verify("tiepnhan", received.code(), received.procedureCode(), owner, person.fullName());
        Await.until(() -> !lookups.verifications(received.code()).isEmpty());
        DossierView d = fixtures.act("tiepnhan", received, new DossierCommand.CompleteStep("Chuyển Sở Tư pháp"));
        clock.setLocal(LocalDateTime.of(2028, 2, 14, 10, 0));
        d = fixtures.act("chuyenvien.tuphap", d, new DossierCommand.RequestSupplement(
                List.of(new SupplementItem("Tờ khai", "Thiếu chữ ký"))));
        clock.setLocal(LocalDateTime.of(2028, 2, 15, 8, 30));
        d = handling.handle(Actor.applicant(owner, person.fullName()), d.code(), d.lockVersion(),
                new DossierCommand.Supplement(List.of(new SupplementAnswer(1, 0, 1, List.of())), "Đã bổ sung"));
        d = fixtures.act("chuyenvien.tuphap", d, new DossierCommand.CompleteStep("Đủ điều kiện"));
        d = fixtures.act("lanhdao.tuphap", d, new DossierCommand.CompleteStep("Đồng ý"));
        d = fixtures.act("vanthu.tuphap", d, new DossierCommand.MarkDone(null,
                List.of(fixtures.stored("vanthu.tuphap", "the.pdf", TestPdfs.unsigned("The " + owner)))));
        String code = fixtures.act("tiepnhan", d, new DossierCommand.ReturnResult(null, null)).code();

        Await.until(() -> allAcknowledged(code));
        Map<String, Object> dossier = simulator.held(code).orElseThrow().dossier();
        assertThat(dossier).containsEntry("ChuHoSo", person.fullName()).containsEntry("SoGiayToChuHoSo", owner)
                .containsEntry("LoaiDoiTuong", 1)
                .containsEntry("DuocThanhToanTrucTuyen", 0).containsEntry("TaiKhoanDuocXacThucVoiVNeID", 0)
                .containsEntry("DinhDanhCHS", List.of(Map.of("LoaiDinhDanh", 1, "SoDinhDanh", owner)))
                .containsEntry("DSKetNoiCSDL", List.of(Map.of("MaCSDL", "CSDLQGDC")));
        assertThat(dossier.get("TaiLieuNop")).as("the supplement added the Tờ khai, on paper").isEqualTo(List.of(
                Map.of("TenTepDinhKem", FORM, "DuocSoHoa", 1, "DuocTaiSuDung", 0, "DuocLayTuKhoDMQG", 0),
                Map.of("TenTepDinhKem", APPOINTMENT, "DuocSoHoa", 1, "DuocTaiSuDung", 1, "DuocLayTuKhoDMQG", 0,
                        "MaKetQuaThayThe", earlierResult),
                Map.of("TenTepDinhKem", "Tờ khai", "DuocSoHoa", 0, "DuocTaiSuDung", 0, "DuocLayTuKhoDMQG", 0)));
        assertThat(dossier).as("one component handed in has no electronic file")
                .containsEntry("HoSoCoThanhPhanSoHoa", 0);
        assertThat(dossier.get("DanhSachLePhi")).as("the procedure's fee, a lệ phí, not paid online")
                .isEqualTo(List.of(Map.of("TenPhiLePhi", "Lệ phí cấp thẻ công chứng viên", "MaPhiLePhi", "1",
                        "HinhThucThu", 2, "Gia", 100_000, "LoaiPhiLePhi", 2)));
        assertThat(dossier.get("DanhSachHoSoBoSung")).isEqualTo(List.of(Map.of("LanBoSung", 1,
                "NgayYeuCauBoSung", "20280214100000", "NguoiYeuCauBoSung", "chuyenvien.tuphap",
                "NoiDungYeuCauBoSung", "Tờ khai: Thiếu chữ ký", "NgayBoSung", "20280215083000")));
        assertThat(dossier.get("DanhSachGiayToKetQua")).isEqualTo(List.of(Map.of("MaGiayToKetQua", code + "-KQ1",
                "DuongDanTepTinKetQua", publicUrl + "/verify/" + code + "-KQ1")));
    }

    @Test
    void aTransitionThatRollsBackLeavesNoChangeToSend() {
        String[] code = new String[1];
        transactions.executeWithoutResult(tx -> {
            code[0] = receive().code();
            assertThat(rows(code[0])).as("written in the transition's transaction").isEqualTo(1);
            tx.setRollbackOnly();
        });
        assertThat(rows(code[0])).isZero();
        assertThat(dossiers.find(code[0])).isEmpty();
    }

    @Test
    void anAddAnsweredAlreadyExistsIsSentAsAnUpdate() throws Exception {
        LocalDateTime start = LocalDateTime.of(2031, 2, 4, 9, 0);
        clock.setLocal(start);
        simulator.setMode(PortalSimulatorMode.DOWN);
        DossierView dossier = receive();
        Await.until(() -> attempts(dossier.code()) == 1);
        simulator.setMode(PortalSimulatorMode.UP);
        // The portal got the dossier another way meanwhile (an earlier system, a lost answer).
        assertThat(post("/dossiers/add", """
                {"data": [{"MaHoSo": "%s", "TrangThaiHoSo": 1}]}""".formatted(dossier.code())))
                .contains("\"error_code\":\"0\"");

        clock.setLocal(start.plusMinutes(1));
        Await.until(() -> allAcknowledged(dossier.code()));
        Held held = simulator.held(dossier.code()).orElseThrow();
        assertThat(held.adds()).as("the other system's add and ours, answered 'already exists'").isEqualTo(2);
        assertThat(held.updates()).isEqualTo(1);
        assertThat(held.dossier()).containsEntry("TrangThaiHoSo", 2);
    }

    @Test
    void aPortalThatTookTheMessageButFailedToAnswerKeepsItOnce() throws Exception {
        LocalDateTime start = LocalDateTime.of(2031, 2, 5, 9, 0);
        clock.setLocal(start);
        simulator.setMode(PortalSimulatorMode.DUPLICATE);
        DossierView dossier = receive();
        Await.until(() -> attempts(dossier.code()) == 1);
        assertThat(simulator.held(dossier.code())).as("taken, though answered 500").isPresent();

        simulator.setMode(PortalSimulatorMode.UP);
        clock.setLocal(start.plusMinutes(1));
        Await.until(() -> allAcknowledged(dossier.code()));
        Held held = simulator.held(dossier.code()).orElseThrow();
        assertThat(held.progressStatuses()).isEqualTo(trackingStatuses(dossier.code()));
        assertThat(held.receipts()).allMatch(times -> times == 1);
    }

    @Test
    void aSenderKilledAfterThePortalAnsweredLosesNothingAndTheResendIsHarmless() throws Exception {
        LocalDateTime start = LocalDateTime.of(2031, 2, 6, 9, 0);
        clock.setLocal(start);
        simulator.setMode(PortalSimulatorMode.DOWN);
        DossierView dossier = fixtures.toResultStep(receive());
        Await.until(() -> attempts(dossier.code()) == 1);
        simulator.setMode(PortalSimulatorMode.UP);

        // A node that gets every answer and dies before its commit (kill -9): nothing it did is recorded.
        NationalPortal dying = new NationalPortal() {
            public Answer add(Map<String, Object> d) {
                return portal.add(d);
            }

            public Answer update(Map<String, Object> d) {
                return portal.update(d);
            }

            public Answer progress(String code, List<Map<String, Object>> entries) {
                portal.progress(code, entries);
                throw new IllegalStateException("killed");
            }
        };
        Clock later = Clock.fixed(clock.instant().plus(Duration.ofMinutes(5)), VIETNAM);
        try {
            new OutboxSender(outbox, new PortalDelivery(dying, outbox, settings.sending()), transactions, later).sendDue();
        } catch (IllegalStateException killed) {
            assertThat(killed).hasMessage("killed");
        }
        assertThat(allAcknowledged(dossier.code())).isFalse();
        assertThat(simulator.held(dossier.code()).orElseThrow().receipts()).allMatch(times -> times == 1);

        clock.setLocal(start.plusMinutes(5));
        Await.until(() -> allAcknowledged(dossier.code()));
        Held held = simulator.held(dossier.code()).orElseThrow();
        assertThat(held.progressStatuses()).as("each entry kept once").isEqualTo(trackingStatuses(dossier.code()));
        assertThat(held.receipts()).as("sent twice, the second a harmless duplicate").allMatch(times -> times == 2);
    }

    @Test
    void anHourOfOutageEndsWithEveryChangeDeliveredOnceInOrder() throws Exception {
        LocalDateTime start = LocalDateTime.of(2031, 2, 7, 9, 0);
        clock.setLocal(start);
        simulator.setMode(PortalSimulatorMode.DOWN);
        List<DossierView> made = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            DossierView received = receive();
            // Seconds apart, within the first retry's minute: no change is tried a second time (or parked)
            // while the portal is down, however fast the sender runs beside the test.
            clock.setLocal(start.plusSeconds(10 + i));
            made.add(fixtures.toResultStep(received));
        }
        for (DossierView d : made) {
            Await.until(() -> attempts(d.code()) >= 1);
            assertThat(simulator.held(d.code())).isEmpty();
        }
        clock.setLocal(start.plusMinutes(65));
        simulator.setMode(PortalSimulatorMode.UP);
        for (DossierView d : made) {
            Await.until(() -> allAcknowledged(d.code()));
            Held held = simulator.held(d.code()).orElseThrow();
            assertThat(held.progressStatuses()).isEqualTo(trackingStatuses(d.code()));
            assertThat(held.receipts()).allMatch(times -> times == 1);
        }
    }

    @Test
    void twoSendersOnTheSameDatabaseNeverSendTheSameChangeTwice() throws Exception {
        LocalDateTime start = LocalDateTime.of(2031, 2, 10, 9, 0);
        clock.setLocal(start);
        simulator.setMode(PortalSimulatorMode.DOWN);
        List<DossierView> made = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            made.add(fixtures.toResultStep(receive()));
        }
        for (DossierView d : made) {
            Await.until(() -> attempts(d.code()) >= 1);
        }
        simulator.setMode(PortalSimulatorMode.UP);
        // Two nodes whose clocks see the changes due (the application's own sender does not yet).
        Clock due = Clock.fixed(clock.instant().plus(Duration.ofMinutes(2)), VIETNAM);
        OutboxSender one = new OutboxSender(outbox, new PortalDelivery(portal, outbox, settings.sending()), transactions,
                due);
        OutboxSender two = new OutboxSender(outbox, new PortalDelivery(portal, outbox, settings.sending()), transactions,
                due);
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(one::sendDue);
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(two::sendDue);
        assertThat(first.get() + second.get()).as("batches sent by the two").isGreaterThanOrEqualTo(made.size());

        for (DossierView d : made) {
            assertThat(allAcknowledged(d.code())).isTrue();
            Held held = simulator.held(d.code()).orElseThrow();
            assertThat(held.progressStatuses()).isEqualTo(trackingStatuses(d.code()));
            assertThat(held.receipts()).as("no entry sent twice").allMatch(times -> times == 1);
            assertThat(held.adds()).isEqualTo(1);
        }
    }

    @Test
    void aChangeThatKeepsFailingIsParkedHoldsBackTheNextAndIsResentByAnAdministrator() throws Exception {
        LocalDateTime start = LocalDateTime.of(2031, 2, 11, 9, 0);
        clock.setLocal(start);
        simulator.setMode(PortalSimulatorMode.REFUSE);
        DossierView dossier = receive();
        Await.until(() -> attempts(dossier.code()) == 1);
        clock.setLocal(start.plusMinutes(1));
        Await.until(() -> attempts(dossier.code()) == 2);
        clock.setLocal(start.plusMinutes(3));
        Await.until(() -> state(dossier.code(), 1).equals("PARKED"));
        assertThat(attempts(dossier.code())).as("parked after park-after (3) attempts").isEqualTo(3);
        assertThat(sync.parked(Destination.PORTAL, 1000)).anySatisfy(p -> {
            assertThat(p.dossierCode()).isEqualTo(dossier.code());
            assertThat(p.reason()).isEqualTo(NationalPortal.Failure.REFUSED);
            assertThat(p.lastError()).contains("Từ chối");
        });
        assertThat(sync.failuresByReason(Destination.PORTAL).get(NationalPortal.Failure.REFUSED)).isPositive();

        simulator.setMode(PortalSimulatorMode.UP);
        clock.setLocal(start.plusMinutes(10));
        DossierView next = fixtures.act("tiepnhan", dossiers.find(dossier.code()).orElseThrow(),
                new DossierCommand.CompleteStep("Chuyển Sở Tư pháp"));
        clock.setLocal(start.plusHours(2));
        Thread.sleep(1000);
        assertThat(state(next.code(), 2)).as("waits behind the parked change").isEqualTo("PENDING");
        assertThat(simulator.held(dossier.code())).isEmpty();

        assertThat(parityLine(start.toLocalDate(), dossier.code())).satisfies(line -> {
            assertThat(line.provinceStatus()).isEqualTo(next.status().code());
            assertThat(line.acknowledgedStatus()).as("the portal has nothing of it").isNull();
        });

        assertThat(sync.resend(Destination.PORTAL, dossier.code())).isEqualTo(1);
        Await.until(() -> allAcknowledged(dossier.code()));
        assertThat(parityLine(start.toLocalDate(), dossier.code())).as("no longer behind").isNull();
        assertThat(simulator.held(dossier.code()).orElseThrow().progressStatuses())
                .isEqualTo(trackingStatuses(dossier.code()));
    }

    @Test
    void criterion14CountsTheDossiersWhoseChangesThePortalAcknowledgedWithin24Hours() throws Exception {
        LocalDate day = LocalDate.of(2031, 3, 4);
        clock.setLocal(day.atTime(8, 0));
        // Dossiers received earlier and still open count in the day too: compare with them.
        CriterionScore before = synced(day);
        clock.setLocal(day.atTime(9, 0));
        DossierView inTime = receive();
        Await.until(() -> allAcknowledged(inTime.code()));
        simulator.setMode(PortalSimulatorMode.DOWN);
        clock.setLocal(day.atTime(9, 30));
        DossierView late = receive();
        Await.until(() -> attempts(late.code()) == 1);

        // 23 hours on, the late one's deadline (9:30 the next day) is still ahead: both count as synced.
        clock.setLocal(day.plusDays(1).atTime(8, 30));
        assertThat(synced(day).denominator()).isEqualTo(before.denominator() + 2);
        assertThat(synced(day).numerator()).isEqualTo(before.numerator() + 2);
        // Past it, its unacknowledged change loses it 1.4: one of the two more.
        clock.setLocal(day.plusDays(1).atTime(9, 31));
        CriterionScore after = synced(day);
        assertThat(after.denominator()).isEqualTo(before.denominator() + 2);
        assertThat(after.numerator()).isEqualTo(before.numerator() + 1);
        assertThat(after.score()).isEqualByComparingTo(new BigDecimal(6L * after.numerator())
                .divide(new BigDecimal(after.denominator()), 2, RoundingMode.HALF_UP));
        assertThat(line(day, inTime.code()).meets()).isTrue();
        DrillDownLine losing = line(day, late.code());
        assertThat(losing.meets()).isFalse();
        assertThat(losing.reason().key()).isEqualTo("index.reason.syncMissing");
        assertThat(losing.reason().arguments()).containsExactly("04/03/2031 09:30", 2, "05/03/2031 09:30");

        // Acknowledged at last, after its deadline: still late, now saying when.
        simulator.setMode(PortalSimulatorMode.UP);
        sync.resend(Destination.PORTAL, late.code());
        Await.until(() -> allAcknowledged(late.code()));
        clock.setLocal(day.plusDays(2).atTime(9, 0));
        assertThat(synced(day).numerator()).isEqualTo(before.numerator() + 1);
        assertThat(line(day, late.code()).reason().key()).isEqualTo("index.reason.syncLate");
    }

    private PortalSync.ParityLine parityLine(LocalDate day, String code) {
        return sync.parity(day.atStartOfDay(VIETNAM).toInstant(), day.plusDays(1).atStartOfDay(VIETNAM).toInstant(),
                10_000).behind().stream().filter(l -> l.dossierCode().equals(code)).findFirst().orElse(null);
    }

    private DrillDownLine line(LocalDate day, String code) {
        return drillDown.of(JUSTICE, day, day, Criterion.DOSSIERS_SYNCED, 0, 10_000).lines().stream()
                .filter(l -> l.code().equals(code)).findFirst().orElseThrow();
    }

    private CriterionScore synced(LocalDate day) {
        return index.report(JUSTICE, day, day).criterion(Criterion.DOSSIERS_SYNCED);
    }

    private static byte[] pdf(String text) {
        return ("%PDF-1.4\n% " + text + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    private DossierView receive() {
        return fixtures.receiveNotaryCard("0110900" + String.format("%05d",
                Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 100_000L)), "Quàng Văn Đông");
    }

    private List<Object> trackingStatuses(String code) {
        return dossiers.find(code).orElseThrow().tracking().stream()
                .map(line -> (Object) line.statusAfter().code()).toList();
    }

    private boolean allAcknowledged(String code) {
        return jdbc.sql("select count(*) = count(*) filter (where state = 'DELIVERED') and count(*) > 0" + ROWS)
                .param(code).query(Boolean.class).single();
    }

    private int rows(String code) {
        return jdbc.sql("select count(*)" + ROWS).param(code).query(Integer.class).single();
    }

    private int attempts(String code) {
        return jdbc.sql("select coalesce(min(attempts), 0)" + ROWS + " and tracking_seq = 1").param(code)
                .query(Integer.class).single();
    }

    private String state(String code, int seq) {
        return jdbc.sql("select state" + ROWS + " and tracking_seq = ?").params(code, seq).query(String.class)
                .optional().orElse("");
    }

    private String post(String path, String json) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        "http://127.0.0.1:" + port + NationalPortalSimulator.PATH + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        return response.body();
    }
}
