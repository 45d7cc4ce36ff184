package vn.motcua.nationalportal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.Await;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.TestClock;
import vn.motcua.catalog.ApplicantType;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.ComponentInput;
import vn.motcua.dossier.CounterReception;
import vn.motcua.dossier.DossierCommand;
import vn.motcua.dossier.DossierFixtures;
import vn.motcua.dossier.DossierHandling;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.ReturnMethod;
import vn.motcua.nationalportal.Destination;
import vn.motcua.nationalportal.EmcSimulator;
import vn.motcua.nationalportal.EmcSimulator.Received;
import vn.motcua.nationalportal.PortalSimulatorMode;
import vn.motcua.nationalportal.PortalSync;

/**
 * The EMC monitoring system (its simulator, over real HTTP on the application's own port) receives one event
 * per reception, assignment, processing step and return, with the fields INTEGRATION.md gives them, in each
 * dossier's order, through an outage and a duplicate answer. The notary card (1.013859): no online level
 * published, a fee of 100,000 đồng; the test site is H18.
 */
@MotcuaIntegrationTest
class EmcEventsTest {

    private static final int RECEIVED = 1;
    private static final int PROCESSING = 2;
    private static final int RETURNED = 3;
    private static final int ASSIGNED = 4;

    @Autowired DossierFixtures fixtures;
    @Autowired DossierHandling handling;
    @Autowired EmcSimulator emc;
    @Autowired PortalSync sync;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;
    @LocalServerPort int port;

    @AfterEach
    void restore() {
        emc.setMode(PortalSimulatorMode.UP);
        clock.reset();
    }

    @Test
    void aCounterDossierMakesAnEventForEachReceptionAssignmentProcessingStepAndReturn() throws Exception {
        clock.setLocal(LocalDateTime.of(2031, 4, 1, 9, 0));
        DossierView d = fixtures.receiveNotaryCard(newCitizenId(), "Lò Văn Pọm");
        d = act(LocalDateTime.of(2031, 4, 1, 9, 30), "tiepnhan", d, new DossierCommand.CompleteStep("Chuyển Sở"));
        d = act(LocalDateTime.of(2031, 4, 1, 10, 0), "lanhdao.tuphap", d, new DossierCommand.Assign("chuyenvien.tuphap"));
        d = act(LocalDateTime.of(2031, 4, 1, 14, 0), "chuyenvien.tuphap", d, new DossierCommand.CompleteStep("Đủ"));
        d = act(LocalDateTime.of(2031, 4, 2, 8, 0), "lanhdao.tuphap", d, new DossierCommand.CompleteStep("Đồng ý"));
        d = act(LocalDateTime.of(2031, 4, 2, 9, 0), "vanthu.tuphap", d, new DossierCommand.MarkDone(null));
        String code = act(LocalDateTime.of(2031, 4, 2, 14, 0), "tiepnhan", d,
                new DossierCommand.ReturnResult(null, null)).code();

        Await.until(() -> allAcknowledged(code));
        List<Received> events = emc.events(code);
        assertThat(events).extracting(Received::receipts).allMatch(times -> times == 1);
        assertThat(events).extracting(Received::event).containsExactly(
                event(code, RECEIVED, "20310401090000"),
                event(code, PROCESSING, "20310401093000"),
                event(code, ASSIGNED, "20310401100000"),
                event(code, PROCESSING, "20310401140000"),
                event(code, PROCESSING, "20310402080000"),
                event(code, PROCESSING, "20310402090000"),
                event(code, RETURNED, "20310402140000"));
    }

    @Test
    void anOnlineDossierIsReceivedOnlineAtLevel3AndAResultByPostIsSaidSo() throws Exception {
        clock.setLocal(LocalDateTime.of(2031, 4, 3, 8, 0));
        DossierView online = fixtures.submitNotaryCardOnline(newCitizenId(), "Vàng A Sùng");
        assertThat(rows(online.code())).as("a submission is not yet a reception").isZero();
        clock.setLocal(LocalDateTime.of(2031, 4, 3, 8, 15));
        fixtures.act("tiepnhan", online, new DossierCommand.Accept(null));
        DossierView byPost = handling.receiveAtCounter(fixtures.officer("tiepnhan"), new CounterReception(
                DossierFixtures.NOTARY_CARD, Channel.COUNTER, new Applicant(ApplicantType.CITIZEN, newCitizenId(),
                        "Cà Thị Hoa", "0912345678", null, null), null, null,
                List.of(new ComponentInput("Đơn đề nghị cấp thẻ công chứng viên", 1, 0, true, false, false,
                        List.of())), ReturnMethod.POST, "Tổ 5, phường Mường Thanh, tỉnh Điện Biên", null, null));

        Await.until(() -> allAcknowledged(online.code()) && allAcknowledged(byPost.code()));
        assertThat(emc.events(online.code())).extracting(Received::event).singleElement().satisfies(e -> assertThat(e)
                .containsEntry("Status", RECEIVED).containsEntry("FormsReception", 1).containsEntry("Level", 3)
                .containsEntry("IsDVCBC", 0).containsEntry("ThoiDiemXuLy", "20310403081500"));
        assertThat(emc.events(byPost.code())).extracting(Received::event).singleElement().satisfies(e -> assertThat(e)
                .containsEntry("FormsReception", 2).containsEntry("Level", 0).containsEntry("IsDVCBC", 1));
    }

    @Test
    void anOutageEndsWithEveryEventDeliveredOnceInOrderAndADuplicateAnswerIsHarmless() throws Exception {
        LocalDateTime start = LocalDateTime.of(2031, 4, 7, 9, 0);
        clock.setLocal(start);
        emc.setMode(PortalSimulatorMode.DOWN);
        DossierView d = fixtures.receiveNotaryCard(newCitizenId(), "Quàng Văn Đông");
        d = act(start.plusMinutes(1), "tiepnhan", d, new DossierCommand.CompleteStep("Chuyển Sở"));
        d = act(start.plusMinutes(2), "chuyenvien.tuphap", d, new DossierCommand.CompleteStep("Đủ"));
        String code = act(start.plusMinutes(3), "lanhdao.tuphap", d, new DossierCommand.CompleteStep("Đồng ý")).code();
        Await.until(() -> attempts(code) >= 1);
        assertThat(emc.events(code)).isEmpty();
        assertThat(sync.backlog(Destination.EMC).failing()).as("at least the dossier's first event").isPositive();
        assertThat(sync.oldestUndelivered(Destination.EMC)).isPresent();

        emc.setMode(PortalSimulatorMode.DUPLICATE);
        clock.setLocal(start.plusMinutes(5));
        Await.until(() -> attempts(code) >= 2);
        assertThat(emc.events(code)).as("taken, though answered 500").hasSize(4);

        emc.setMode(PortalSimulatorMode.UP);
        clock.setLocal(start.plusMinutes(65));
        Await.until(() -> allAcknowledged(code));
        List<Received> events = emc.events(code);
        assertThat(events).extracting(r -> r.event().get("ThoiDiemXuLy"))
                .as("reception, then three steps completed, in order")
                .containsExactly("20310407090000", "20310407090100", "20310407090200", "20310407090300");
        assertThat(events).extracting(r -> r.event().get("Status"))
                .containsExactly(RECEIVED, PROCESSING, PROCESSING, PROCESSING);
        // Received at least twice (the duplicate answer, then the acknowledgement), a third time when a
        // request timed out on a slow server was taken after all: each kept once whatever the count.
        assertThat(events).extracting(Received::receipts).as("kept once, received more than once")
                .allMatch(times -> times >= 2);
        assertThat(rows(code)).isEqualTo(4);
    }

    @Test
    void theSimulatorRefusesMoreThanTenEventsOrOneWithoutADossierCodeWith400() throws Exception {
        String eleven = "{\"data\": [" + String.join(",", Collections.nCopies(11,
                "{\"MaHoSo\": \"H18-X\", \"Status\": 1}")) + "]}";
        assertThat(post(eleven).statusCode()).isEqualTo(400);
        HttpResponse<String> noCode = post("{\"data\": [{\"Status\": 1}]}");
        assertThat(noCode.statusCode()).isEqualTo(400);
        assertThat(noCode.body()).contains("\"error_code\":\"1\"");
        assertThat(post("{\"data\": [{\"MaHoSo\": \"H18-Y\", \"Status\": 1}]}").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> post(String json) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        "http://127.0.0.1:" + port + EmcSimulator.PATH + "/events"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private DossierView act(LocalDateTime at, String officer, DossierView d, DossierCommand command) {
        clock.setLocal(at);
        return fixtures.act(officer, d, command);
    }

    /** The event EMC must hold for the notary card received at a counter, returned at the counter. */
    private static Map<String, Object> event(String code, int status, String at) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("SiteId", "H18");
        event.put("CodeTTHC", DossierFixtures.NOTARY_CARD);
        event.put("MaHoSo", code);
        event.put("Status", status);
        event.put("FormsReception", 2);
        event.put("FormsPayments", 2);
        event.put("Level", 0);
        event.put("IsFromDVCQG", 0);
        event.put("IsDVCBC", 0);
        event.put("ThoiDiemXuLy", at);
        return event;
    }

    private boolean allAcknowledged(String code) {
        return jdbc.sql("select count(*) = count(*) filter (where state = 'DELIVERED') and count(*) > 0" + ROWS)
                .param(code).query(Boolean.class).single();
    }

    private int rows(String code) {
        return jdbc.sql("select count(*)" + ROWS).param(code).query(Integer.class).single();
    }

    /** Attempts at the dossier's first event (a batch claimed before later events were written leaves them out). */
    private int attempts(String code) {
        return jdbc.sql("select attempts" + ROWS + " order by tracking_seq limit 1").param(code).query(Integer.class)
                .optional().orElse(0);
    }

    private static final String ROWS = " from national_portal_outbox where destination = 'EMC' and dossier_code = ?";

    private static String newCitizenId() {
        return "0110900" + String.format("%05d", Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 100_000L));
    }
}
