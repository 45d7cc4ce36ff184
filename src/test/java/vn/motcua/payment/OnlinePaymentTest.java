package vn.motcua.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.Await;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.TestClock;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierCommand;
import vn.motcua.dossier.DossierFixtures;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.TrackingEntry;
import vn.motcua.payment.internal.PaymentMopUp;
import vn.motcua.platform.UserInputException;
import vn.motcua.web.WebTestSupport;
import vn.motcua.web.portal.PortalFixtures;

/**
 * Paying a dossier's fees online, end to end over real HTTP: the portal sends the order to the simulated
 * platform, the payer decides on the platform's page, the platform calls back (or not, or badly) and the
 * dossier waiting for its financial obligation moves on by itself, once.
 */
@MotcuaIntegrationTest
class OnlinePaymentTest {

    /** The notary card's fee (100,000 đồng) and the financial obligation the specialist requires. */
    private static final long CARD_FEE = 100_000;
    private static final long OBLIGATION = 50_000;
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @LocalServerPort
    int port;
    @Autowired
    WebApplicationContext context;
    @Autowired
    DossierFixtures dossiers;
    @Autowired
    DossierQueries queries;
    @Autowired
    Payments payments;
    @Autowired
    CollectionAccounts accounts;
    @Autowired
    PaymentEventRecorder events;
    @Autowired
    PaymentMopUp mopUp;
    @Autowired
    TestClock clock;

    MockMvc mvc;
    final PayerBrowser payer = new PayerBrowser();

    @BeforeEach
    void setUp() {
        mvc = WebTestSupport.mockMvc(context);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void paidOnlineTheDossierMovesOnOnceAndThePayerSeesItAtOnce() throws Exception {
        DossierView d = waitingForObligation();
        MockHttpSession session = following(d);
        assertThat(page(session, "/follow/" + d.code())).contains("150.000 đồng").contains("id=\"pay-online\"");

        String payerPage = startPaying(session, d);
        assertThat(payerPage).startsWith("http://localhost:" + port + PaymentPlatformSimulator.PATH + "/pay/MC");
        String back = payer.decide(payerPage, "PAY", "NONE");
        String reference = referenceIn(back);
        assertThat(back).isEqualTo("http://localhost:" + port + "/follow/" + d.code() + "/payment/" + reference);

        PaymentView paid = payments.find(reference).orElseThrow();
        assertThat(paid.state()).isEqualTo(PaymentState.SUCCEEDED);
        assertThat(paid.amountVnd()).isEqualTo(CARD_FEE + OBLIGATION);
        assertThat(paid.fees()).extracting(Fee::amountVnd).containsExactly(CARD_FEE, OBLIGATION);
        assertThat(paid.payerName()).isEqualTo("NGUYEN VAN A");
        assertThat(paid.payerBank()).isEqualTo("970436");
        assertThat(returnPage(session, back)).contains("Đã thanh toán 150.000 đồng");

        awaitStatus(d, DossierStatus.PROCESSING);
        assertThat(paymentLines(d)).singleElement().satisfies(line -> {
            assertThat(line.fromName()).isEqualTo("Nền tảng thanh toán quốc gia");
            assertThat(line.note()).isEqualTo("MaThamChieu " + reference);
        });
        assertThat(events.succeededFor(d.code())).singleElement().satisfies(e -> {
            assertThat(e.channel()).isEqualTo(PaymentChannel.NATIONAL_PLATFORM);
            assertThat(e.amountVnd()).isEqualTo(CARD_FEE + OBLIGATION);
            assertThat(e.accountNumber()).isEqualTo(accounts.of(e.unitCode()).orElseThrow().accountNumber());
        });
        assertThat(payments.outstandingVnd(d.code())).isZero();
    }

    @Test
    void aFailedOrCancelledPaymentLeavesEverythingOwedAndTheDossierWaiting() throws Exception {
        DossierView d = waitingForObligation();
        MockHttpSession session = following(d);
        String failed = referenceIn(payer.decide(startPaying(session, d), "FAIL", "NONE"));
        String cancelled = referenceIn(payer.decide(startPaying(session, d), "CANCEL", "NONE"));

        assertThat(payments.find(failed).orElseThrow().state()).isEqualTo(PaymentState.FAILED);
        assertThat(payments.find(cancelled).orElseThrow().state()).isEqualTo(PaymentState.CANCELLED);
        assertThat(returnPage(session, "/follow/" + d.code() + "/payment/" + failed)).contains("không thành công");
        assertThat(payments.outstandingVnd(d.code())).isEqualTo(CARD_FEE + OBLIGATION);
        assertThat(queries.find(d.code()).orElseThrow().status()).isEqualTo(DossierStatus.FINANCIAL_OBLIGATION);
        assertThat(events.succeededFor(d.code())).isEmpty();
    }

    @Test
    void aCallbackSentTwiceAtOnceHasOneEffect() throws Exception {
        DossierView d = waitingForObligation();
        String reference = referenceIn(payer.decide(startPaying(following(d), d), "PAY", "CALLBACK_TWICE"));

        assertThat(payments.find(reference).orElseThrow().state()).isEqualTo(PaymentState.SUCCEEDED);
        awaitStatus(d, DossierStatus.PROCESSING);
        Thread.sleep(500);
        assertThat(events.succeededFor(d.code())).hasSize(1);
        assertThat(events.overpaidFor(d.code())).isEmpty();
        assertThat(paymentLines(d)).hasSize(1);
    }

    @Test
    void aRepeatedCallbackIsAnsweredAsTheFirstAndChangesNothing() throws Exception {
        DossierView d = waitingForObligation();
        String reference = referenceIn(payer.decide(startPaying(following(d), d), "PAY", "CALLBACK_NEVER"));
        PlatformMessages.Result result = new PlatformMessages.Result("MOTCUA-DEMO", reference, "GD-TEST", CARD_FEE
                + OBLIGATION, "00", "970436", "NGUYEN VAN A", "20261205103000", null);
        String signed = json(result.signedWith(PlatformSignature.sign(result.signed(), "motcua-demo-secret")));

        HttpResponse<String> first = payer.postJson(callbackUrl(), signed);
        HttpResponse<String> again = payer.postJson(callbackUrl(), signed);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("\"MaLoi\":\"00\"");
        assertThat(again.body()).isEqualTo(first.body());
        awaitStatus(d, DossierStatus.PROCESSING);
        assertThat(events.succeededFor(d.code())).hasSize(1);
        assertThat(paymentLines(d)).hasSize(1);
    }

    @Test
    void whenTheCallbackNeverComesTheMopUpAsksThePlatformWithinMinutes() throws Exception {
        DossierView d = waitingForObligation();
        String reference = referenceIn(payer.decide(startPaying(following(d), d), "PAY", "CALLBACK_NEVER"));
        assertThat(payments.find(reference).orElseThrow().state()).isEqualTo(PaymentState.SUBMITTED);

        mopUp.runIfClaimed();
        assertThat(payments.find(reference).orElseThrow().state()).as("asked only after query-after")
                .isEqualTo(PaymentState.SUBMITTED);
        clock.setLocal(LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusMinutes(6));
        mopUp.runIfClaimed();

        assertThat(payments.find(reference).orElseThrow().state()).isEqualTo(PaymentState.SUCCEEDED);
        awaitStatus(d, DossierStatus.PROCESSING);
    }

    @Test
    void anAttemptThePayerAbandonedExpiresAfterItsTime() throws Exception {
        DossierView d = waitingForObligation();
        String payerPage = startPaying(following(d), d);
        String reference = payerPage.substring(payerPage.lastIndexOf('/') + 1);

        clock.setLocal(LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusMinutes(30));
        mopUp.runIfClaimed();
        assertThat(payments.find(reference).orElseThrow().state()).as("pending: not yet given up")
                .isEqualTo(PaymentState.SUBMITTED);
        clock.setLocal(LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusMinutes(91));
        mopUp.runIfClaimed();

        assertThat(payments.find(reference).orElseThrow().state()).isEqualTo(PaymentState.EXPIRED);
        assertThat(payments.outstandingVnd(d.code())).isEqualTo(CARD_FEE + OBLIGATION);
    }

    @Test
    void aLateCallbackFindsThePaymentSettledByThePayersReturnAndChangesNothing() throws Exception {
        DossierView d = waitingForObligation();
        MockHttpSession session = following(d);
        String back = payer.decide(startPaying(session, d), "PAY", "CALLBACK_LATE");
        String reference = referenceIn(back);
        assertThat(payments.find(reference).orElseThrow().state()).isEqualTo(PaymentState.SUBMITTED);

        assertThat(returnPage(session, back)).contains("Đã thanh toán 150.000 đồng");
        awaitStatus(d, DossierStatus.PROCESSING);
        Thread.sleep(3_000); // the simulator's late callback comes 2 s after the payer went back
        assertThat(events.succeededFor(d.code())).hasSize(1);
        assertThat(paymentLines(d)).hasSize(1);
    }

    @Test
    void aStalePendingAfterTheResultIsIgnored() throws Exception {
        DossierView d = waitingForObligation();
        String reference = referenceIn(payer.decide(startPaying(following(d), d), "PAY", "OUT_OF_ORDER"));

        assertThat(payments.find(reference).orElseThrow().state()).isEqualTo(PaymentState.SUCCEEDED);
        awaitStatus(d, DossierStatus.PROCESSING);
        assertThat(events.succeededFor(d.code())).hasSize(1);
    }

    @Test
    void aCallbackWithAWrongAmountHasNoEffectAndTheStatusQuerySettlesIt() throws Exception {
        DossierView d = waitingForObligation();
        MockHttpSession session = following(d);
        String back = payer.decide(startPaying(session, d), "PAY", "WRONG_AMOUNT");
        PaymentView refused = payments.find(referenceIn(back)).orElseThrow();

        assertThat(refused.state()).isEqualTo(PaymentState.SUBMITTED);
        assertThat(refused.lastProblem()).contains("151000").contains("150000");
        assertThat(events.succeededFor(d.code())).isEmpty();
        assertThat(returnPage(session, back)).contains("Đã thanh toán 150.000 đồng");
        awaitStatus(d, DossierStatus.PROCESSING);
    }

    @Test
    void aCallbackWithABadSignatureHasNoEffect() throws Exception {
        DossierView d = waitingForObligation();
        String reference = referenceIn(payer.decide(startPaying(following(d), d), "PAY", "BAD_SIGNATURE"));

        PaymentView untouched = payments.find(reference).orElseThrow();
        assertThat(untouched.state()).isEqualTo(PaymentState.SUBMITTED);
        assertThat(untouched.payerName()).isNull();
        assertThat(untouched.lastProblem()).isNull();
        Thread.sleep(300);
        assertThat(queries.find(d.code()).orElseThrow().status()).isEqualTo(DossierStatus.FINANCIAL_OBLIGATION);
        assertThat(events.succeededFor(d.code())).isEmpty();
    }

    @Test
    void aSecondSuccessForFeesAlreadyPaidIsAnOverpaymentFlaggedForRefund() throws Exception {
        DossierView d = waitingForObligation();
        MockHttpSession session = following(d);
        String firstPage = startPaying(session, d);
        String secondPage = startPaying(session, d);
        String first = referenceIn(payer.decide(firstPage, "PAY", "NONE"));
        awaitStatus(d, DossierStatus.PROCESSING);
        String second = referenceIn(payer.decide(secondPage, "PAY", "NONE"));

        PaymentView overpaid = payments.find(second).orElseThrow();
        assertThat(overpaid.state()).isEqualTo(PaymentState.SUCCEEDED);
        assertThat(overpaid.overpaidVnd()).isEqualTo(CARD_FEE + OBLIGATION);
        assertThat(overpaid.refundDue()).isTrue();
        assertThat(payments.find(first).orElseThrow().refundDue()).isFalse();
        Await.until(() -> !events.overpaidFor(d.code()).isEmpty());
        assertThat(events.overpaidFor(d.code())).singleElement()
                .satisfies(e -> assertThat(e.overpaidVnd()).isEqualTo(CARD_FEE + OBLIGATION));
        assertThat(events.succeededFor(d.code())).extracting(PaymentSucceeded::reference).containsExactly(first);
        assertThat(paymentLines(d)).hasSize(1);

        String refunds = mvc.perform(get("/admin/payments/refunds").with(user(WebTestSupport.officer(context, "admin"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refunds).contains(second).doesNotContain(first);
        String noNote = mvc.perform(post("/admin/payments/refunds/" + second).with(csrf())
                        .with(user(WebTestSupport.officer(context, "admin"))).param("note", " "))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(noNote).contains("class=\"error-summary\"");
        mvc.perform(post("/admin/payments/refunds/" + second).with(csrf())
                        .with(user(WebTestSupport.officer(context, "admin"))).param("note", "HT-0001"))
                .andExpect(redirectedUrl("/admin/payments/refunds"));
        assertThat(payments.find(second).orElseThrow().state()).isEqualTo(PaymentState.REFUNDED);
        assertThat(payments.refundsDue()).extracting(PaymentView::reference).doesNotContain(second);
        assertThatThrownBy(() -> payments.recordRefund(first, "HT-0002")).isInstanceOf(UserInputException.class);
        assertThatThrownBy(() -> payments.recordRefund(second, "HT-0003")).isInstanceOf(UserInputException.class);
        assertThat(payments.succeededOn(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"))))
                .extracting(PaymentView::reference).contains(first, second);
    }

    @Test
    void theSettlementReportListsTheDaysPaymentsWithTheirAccounts() throws Exception {
        DossierView d = waitingForObligation();
        String reference = referenceIn(payer.decide(startPaying(following(d), d), "PAY", "NONE"));
        PaymentView paid = payments.find(reference).orElseThrow();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

        HttpResponse<String> report = payer.get("http://localhost:" + port + PaymentPlatformSimulator.PATH
                + "/settlement?date=" + today);

        assertThat(report.statusCode()).isEqualTo(200);
        JsonNode line = null;
        for (JsonNode each : JsonMapper.builder().build().readTree(report.body())) {
            if (each.get("MaThamChieu").asString().equals(reference)) {
                line = each;
            }
        }
        assertThat(line).isNotNull();
        assertThat(line.get("MaHoSo").asString()).isEqualTo(d.code());
        assertThat(line.get("SoTien").asLong()).isEqualTo(CARD_FEE + OBLIGATION);
        assertThat(line.get("TKThuHuong").asString()).isEqualTo(paid.accountNumber());
        assertThat(line.get("MaNHThuHuong").asString()).isEqualTo("970415");
        assertThat(line.get("TrangThai").asString()).isEqualTo("00");
        assertThat(line.get("ThoiGianGD").asString()).startsWith(today.toString().replace("-", ""));
        assertThat(payments.succeededOn(today)).extracting(PaymentView::reference).contains(reference);
        assertThat(payer.get("http://localhost:" + port + PaymentPlatformSimulator.PATH + "/settlement?date=hôm-nay")
                .statusCode()).isEqualTo(400);
    }

    @Test
    void anOfficerRecordsACounterPaymentAndTheDossierMovesOnAsAfterAnOnlineOne() throws Exception {
        DossierView d = waitingForObligation();

        PaymentView paid = payments.recordCounterPayment(d.code(), PaymentChannel.COUNTER_QR, " FT2633912345 ",
                dossiers.officer("chuyenvien.tuphap"));

        assertThat(paid.state()).isEqualTo(PaymentState.SUCCEEDED);
        assertThat(paid.channel()).isEqualTo(PaymentChannel.COUNTER_QR);
        assertThat(paid.bankReference()).isEqualTo("FT2633912345");
        assertThat(paid.amountVnd()).isEqualTo(CARD_FEE + OBLIGATION);
        awaitStatus(d, DossierStatus.PROCESSING);
        assertThat(paymentLines(d)).singleElement()
                .satisfies(line -> assertThat(line.fromName()).isEqualTo("Chuyển khoản VietQR tại quầy"));
        assertThat(payments.succeededOn(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"))))
                .extracting(PaymentView::reference).contains(paid.reference());
    }

    @Test
    void aSupervisorWhoSeesEveryDossierTakesNoMoney() throws Exception {
        DossierView d = waitingForObligation();

        assertThatThrownBy(() -> payments.recordCounterPayment(d.code(), PaymentChannel.COUNTER_CARD, "THE-0002",
                dossiers.officer("giamsat"))).isInstanceOfSatisfying(UserInputException.class,
                e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> assertThat(p.messageKey()).isEqualTo("payment.counter.officer")));
        assertThat(payments.outstandingVnd(d.code())).isEqualTo(CARD_FEE + OBLIGATION);
    }

    @Test
    void aSubmittedDossierWithAFeeIsPaidWithoutAnyMove() throws Exception {
        DossierView d = dossiers.submitNotaryCardOnline(PortalFixtures.newIdNumber(), "Lò Thị Nộp");
        String reference = referenceIn(payer.decide(startPaying(following(d), d), "PAY", "NONE"));

        assertThat(payments.find(reference).orElseThrow().amountVnd()).isEqualTo(CARD_FEE);
        assertThat(payments.outstandingVnd(d.code())).isZero();
        assertThat(queries.find(d.code()).orElseThrow().status()).isEqualTo(DossierStatus.NEW);
        assertThat(page(following(d), "/follow/" + d.code())).doesNotContain("id=\"pay-online\"");
    }

    @Test
    void thePayerPageRefusesABadChoiceInTheUsersLanguageAndIsGoneOnceDecided() throws Exception {
        DossierView d = waitingForObligation();
        String payerPage = startPaying(following(d), d);
        HttpResponse<String> page = payer.get(payerPage + "?lang=en");
        assertThat(page.body()).contains("National payment platform (simulator)", "<legend>Choose the bank to pay from",
                "value=\"BAD_SIGNATURE\"");
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(page.body());
        assertThat(token.find()).isTrue();
        HttpResponse<String> refused = payer.post(payerPage, java.util.Map.of("_csrf", token.group(1), "bank", "999999",
                "payerName", " ", "outcome", "STEAL", "misbehaviour", "NONE"));
        assertThat(refused.body()).contains("class=\"error-summary\"", "href=\"#bank\"", "href=\"#payerName\"",
                "href=\"#outcome\"");
        assertThat(payments.find(referenceIn(payerPage)).orElseThrow().state()).isEqualTo(PaymentState.SUBMITTED);

        payer.decide(payerPage, "CANCEL", "NONE");
        assertThat(payer.get(payerPage).statusCode()).isEqualTo(404);
        assertThat(payer.get("http://localhost:" + port + PaymentPlatformSimulator.PATH + "/pay/MC9999999999")
                .statusCode()).isEqualTo(404);
    }

    @Test
    void aMalformedCallbackIsA400AndAnUnsignedOrderIsRefusedByThePlatform() throws Exception {
        assertThat(payer.postJson(callbackUrl(), "{\"MaThamChieu\":").statusCode()).isEqualTo(400);
        HttpResponse<String> noAmount = payer.postJson(callbackUrl(), "{\"MaDoiTac\":\"MOTCUA-DEMO\",\"MaThamChieu\":\"MC1\"}");
        assertThat(noAmount.statusCode()).isEqualTo(400);
        assertThat(noAmount.body()).contains("SoTien");
        assertThat(payer.postJson(callbackUrl(), "{\"MaDoiTac\":\"MOTCUA-DEMO\",\"MaThamChieu\":\"MC1\",\"SoTien\":1}")
                .body()).contains("\"MaLoi\":\"06\"");
        assertThat(payer.postJson(callbackUrl(), "{\"MaDoiTac\":\"OTHER\",\"MaThamChieu\":\"MC1\",\"SoTien\":1,"
                + "\"TrangThai\":\"00\"}").body()).contains("\"MaLoi\":\"02\"");
        String unsigned = json(new PlatformMessages.Init("INIT", "MOTCUA-DEMO", "MC-FORGED", 1_000, "PAY", "WEB", "WEB",
                "vi-VN", "VND", "", "x", "20261205103000", "127.0.0.1", "http://r", "http://c",
                new PlatformMessages.Receipt("D", "T", "U", "H", "1", "2", List.of(new PlatformMessages.FeeLine("f", 1_000))),
                "0".repeat(64)));
        assertThat(payer.postJson("http://localhost:" + port + PaymentPlatformSimulator.PATH + "/init", unsigned).body())
                .contains("\"MaLoi\":\"01\"");
    }

    // --- helpers

    private DossierView waitingForObligation() {
        DossierView d = dossiers.receiveNotaryCard(PortalFixtures.newIdNumber(), "Lò Văn Nộp");
        d = dossiers.act("tiepnhan", d, new DossierCommand.CompleteStep("Chuyển Sở Tư pháp"));
        return dossiers.act("chuyenvien.tuphap", d, new DossierCommand.RequirePayment(OBLIGATION, "Lệ phí bổ sung"));
    }

    private MockHttpSession following(DossierView d) throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/follow").session(session).with(WebTestSupport.formToken())
                .with(PortalFixtures.from("10.77.0." + ADDRESSES.incrementAndGet()))
                .param("code", d.code()).param("idNumber", d.applicant().idNumber()))
                .andExpect(redirectedUrl("/follow/" + d.code()));
        return session;
    }

    private String startPaying(MockHttpSession session, DossierView d) throws Exception {
        return mvc.perform(post("/follow/" + d.code() + "/payment").session(session).with(WebTestSupport.formToken()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    }

    private String page(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private String returnPage(MockHttpSession session, String back) throws Exception {
        return page(session, URI.create(back).getPath());
    }

    private static String referenceIn(String back) {
        return back.substring(back.lastIndexOf('/') + 1);
    }

    private String callbackUrl() {
        return "http://localhost:" + port + PlatformMessages.CALLBACK_PATH;
    }

    private static String json(Object message) {
        return JsonMapper.builder().build().writeValueAsString(message);
    }

    private void awaitStatus(DossierView d, DossierStatus expected) throws InterruptedException {
        Await.until(() -> queries.find(d.code()).orElseThrow().status() == expected);
    }

    private List<TrackingEntry> paymentLines(DossierView d) {
        return queries.find(d.code()).orElseThrow().tracking().stream()
                .filter(t -> t.action() == DossierAction.RECORD_PAYMENT).toList();
    }
}
