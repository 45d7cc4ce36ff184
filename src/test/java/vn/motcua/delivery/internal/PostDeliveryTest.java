package vn.motcua.delivery.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.motcua.Await;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.TestClock;
import vn.motcua.catalog.ApplicantType;
import vn.motcua.delivery.Deliveries;
import vn.motcua.delivery.DeliveryState;
import vn.motcua.delivery.DeliveryView;
import vn.motcua.delivery.PostRequest;
import vn.motcua.delivery.PostSimulatorMode;
import vn.motcua.delivery.PostalOrder;
import vn.motcua.delivery.PostalParty;
import vn.motcua.delivery.PostalService;
import vn.motcua.delivery.PostalSignature;
import vn.motcua.delivery.VnPostSimulator;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.ComponentInput;
import vn.motcua.dossier.CounterReception;
import vn.motcua.dossier.DossierCommand;
import vn.motcua.dossier.DossierFixtures;
import vn.motcua.dossier.DossierHandling;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.ReturnMethod;

/**
 * The post end to end against VNPost's simulator over real HTTP on the application's own port: a result
 * returned by post becomes one order (COD: the fees unpaid), registered with a tracking number and postage,
 * moved by signed callbacks and by polling, duplicates and late updates harmless; orders survive VNPost
 * being down or answering an error after taking them, and are never doubled; callbacks without the right
 * signature are refused.
 */
@MotcuaIntegrationTest
class PostDeliveryTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** The notary card's fee in the demo catalog, unpaid at the counter: what the postal worker collects. */
    private static final long NOTARY_CARD_FEE_VND = 100_000;
    private static final AtomicLong IDS = new AtomicLong(System.currentTimeMillis() % 1_000_000);

    @Autowired DossierHandling handling;
    @Autowired DossierFixtures fixtures;
    @Autowired Deliveries deliveries;
    @Autowired PostalService post;
    @Autowired VnPostSimulator simulator;
    @Autowired StatusPoller poller;
    @Autowired TestClock clock;
    @LocalServerPort int port;

    @AfterEach
    void restore() {
        simulator.setMode(PostSimulatorMode.UP);
        clock.reset();
    }

    @Test
    void aResultReturnedByPostIsOrderedOnceFollowedByCallbacksAndPollingAndDelivered() throws Exception {
        DossierView d = receiveForPost();
        deliveries.request(d.code(), d.receivingUnit(),
                new PostRequest(false, true, "Quàng Văn Bưu", "0912 345 678", "Số 5, tổ 3, phường Him Lam", "11", "03127"));
        d = fixtures.toResultStep(d);
        d = fixtures.act("vanthu.tuphap", d, new DossierCommand.MarkDone("Số 9/TCCV"));
        assertThat(deliveries.ofDossier(d.code())).as("nothing goes by post before the return").isEmpty();

        DossierView returned = fixtures.act("tiepnhan", d,
                new DossierCommand.ReturnResult(ReturnMethod.POST, "Giao bưu điện"));
        assertThat(returned.status()).isEqualTo(DossierStatus.RETURNED);
        List<DeliveryView> orders = deliveries.ofDossier(returned.code());
        assertThat(orders).singleElement().satisfies(o -> {
            assertThat(o.kind()).isEqualTo(DeliveryView.Kind.RESULT);
            assertThat(o.orderNumber()).isEqualTo(returned.code() + "-BC-KQ");
            assertThat(o.codVnd()).isEqualTo(NOTARY_CARD_FEE_VND);
            assertThat(o.receiver()).isEqualTo(new PostalParty("Quàng Văn Bưu", "0912 345 678",
                    "Số 5, tổ 3, phường Him Lam", "11", "03127"));
        });
        String number = orders.getFirst().orderNumber();

        Await.until(() -> state(number) == DeliveryState.REGISTERED);
        VnPostSimulator.Parcel parcel = simulator.parcel(number).orElseThrow();
        DeliveryView registered = deliveries.byOrderNumber(number).orElseThrow();
        assertThat(registered.itemCode()).isEqualTo(parcel.itemCode()).matches("EB[0-9]{9}VN");
        // Within the province (11 to 11), with money to collect.
        assertThat(registered.priceVnd()).isEqualTo(VnPostSimulator.SAME_PROVINCE_VND + VnPostSimulator.COD_FEE_VND)
                .isEqualTo(35_000);
        assertThat(parcel.order().codVnd()).isEqualTo(NOTARY_CARD_FEE_VND);
        assertThat(parcel.order().customerCode()).isEqualTo("DB-MOTCUA");

        assertThat(simulator.advance(number, DeliveryState.COLLECTING)).isTrue();
        assertThat(state(number)).as("the callback moved it").isEqualTo(DeliveryState.COLLECTING);

        simulator.setMode(PostSimulatorMode.LATE);
        simulator.advance(number, DeliveryState.IN_TRANSIT);
        assertThat(state(number)).as("no callback while late").isEqualTo(DeliveryState.COLLECTING);
        assertThat(poller.poll()).isPositive();
        assertThat(state(number)).as("polling found it").isEqualTo(DeliveryState.IN_TRANSIT);

        simulator.setMode(PostSimulatorMode.DUPLICATE);
        simulator.advance(number, DeliveryState.DELIVERED);
        assertThat(state(number)).isEqualTo(DeliveryState.DELIVERED);
        assertThat(callback(number, parcel.itemCode(), DeliveryState.IN_TRANSIT.postCode(), true).statusCode())
                .as("a late update is taken and changes nothing").isEqualTo(200);
        poller.poll();

        DeliveryView delivered = deliveries.byOrderNumber(number).orElseThrow();
        assertThat(delivered.state()).isEqualTo(DeliveryState.DELIVERED);
        assertThat(delivered.states()).extracting(DeliveryView.Moment::state).containsExactly(
                DeliveryState.REGISTERED, DeliveryState.COLLECTING, DeliveryState.IN_TRANSIT, DeliveryState.DELIVERED);
        assertThat(delivered.states()).extracting(DeliveryView.Moment::source)
                .containsExactly("ORDER", "CALLBACK", "POLL", "CALLBACK");
        assertThat(simulator.parcel(number).orElseThrow().orders()).as("ordered once").isEqualTo(1);
    }

    @Test
    void anOrderWaitsOutAnOutageAndIsRegisteredOnce() throws Exception {
        simulator.setMode(PostSimulatorMode.DOWN);
        String number = requestPickUp();
        Await.until(() -> deliveries.byOrderNumber(number).orElseThrow().attempts() > 0);
        DeliveryView waiting = deliveries.byOrderNumber(number).orElseThrow();
        assertThat(waiting.state()).isEqualTo(DeliveryState.ORDERING);
        assertThat(waiting.lastError()).contains("503");
        assertThat(simulator.parcel(number)).as("VNPost took nothing").isEmpty();

        simulator.setMode(PostSimulatorMode.UP);
        clock.setLocal(LocalDateTime.now(VIETNAM).plusMinutes(2));
        Await.until(() -> state(number) == DeliveryState.REGISTERED);
        assertThat(simulator.parcel(number).orElseThrow().orders()).isEqualTo(1);
        assertThat(deliveries.byOrderNumber(number).orElseThrow().lastError()).isNull();
    }

    @Test
    void anOrderVnpostTookButAnsweredWithAnErrorIsSentAgainAndKeptOnce() throws Exception {
        simulator.setMode(PostSimulatorMode.DUPLICATE);
        String number = requestPickUp();
        Await.until(() -> deliveries.byOrderNumber(number).orElseThrow().attempts() > 0);
        String itemCode = simulator.parcel(number).orElseThrow().itemCode();
        assertThat(state(number)).isEqualTo(DeliveryState.ORDERING);

        simulator.setMode(PostSimulatorMode.UP);
        clock.setLocal(LocalDateTime.now(VIETNAM).plusMinutes(2));
        Await.until(() -> state(number) == DeliveryState.REGISTERED);
        assertThat(simulator.parcel(number).orElseThrow().orders()).as("sent twice").isEqualTo(2);
        assertThat(deliveries.byOrderNumber(number).orElseThrow().itemCode()).as("one parcel").isEqualTo(itemCode);
    }

    @Test
    void theAdapterGetsPostageByRouteTheSameParcelForTheSameOrderAndFailsWhileVnpostIsDown() {
        PostalParty unit = new PostalParty("Sở Tư pháp", "", "Số 1 Võ Nguyên Giáp", "11", "");
        PostalParty hanoi = new PostalParty("Lò Văn Hà", "0912345678", "Số 2 Tràng Tiền", "01", "00070");
        String number = "ADAPTER-" + IDS.incrementAndGet();
        PostalService.Receipt first = post.order(new PostalOrder("DB-MOTCUA", number, 0, unit, hanoi, "Kết quả"));
        assertThat(first.priceVnd()).as("to another province, nothing to collect").isEqualTo(38_000);
        assertThat(post.order(new PostalOrder("DB-MOTCUA", number, 0, unit, hanoi, "Kết quả")))
                .as("the same order number again").isEqualTo(first);
        assertThat(post.track(number)).hasValueSatisfying(s -> {
            assertThat(s.itemCode()).isEqualTo(first.itemCode());
            assertThat(s.statusCode()).isEqualTo(DeliveryState.REGISTERED.postCode());
        });
        assertThat(post.track("NO-SUCH-ORDER-" + number)).isEmpty();

        simulator.setMode(PostSimulatorMode.DOWN);
        assertThatThrownBy(() -> post.order(new PostalOrder("DB-MOTCUA", number + "-2", 0, unit, hanoi, "x")))
                .isInstanceOf(PostalService.PostUnavailableException.class);
        assertThatThrownBy(() -> post.track(number)).isInstanceOf(PostalService.PostUnavailableException.class);
    }

    @Test
    void aCallbackWithoutTheRightSignatureIsRefusedAndABadOneIsA400() throws Exception {
        String number = requestPickUp();
        Await.until(() -> state(number) == DeliveryState.REGISTERED);
        String body = statusJson(number, "EB000000001VN", DeliveryState.DELIVERED.postCode());

        assertThat(send(body, null).statusCode()).isEqualTo(401);
        assertThat(send(body, PostalSignature.sign(body.getBytes(StandardCharsets.UTF_8), "not-the-secret"))
                .statusCode()).isEqualTo(401);
        assertThat(state(number)).isEqualTo(DeliveryState.REGISTERED);

        assertThat(send("{not json", signed("{not json")).statusCode()).isEqualTo(400);
        String unknownCode = statusJson(number, null, 42);
        assertThat(send(unknownCode, signed(unknownCode)).statusCode()).isEqualTo(400);
        String tooLong = statusJson("N".repeat(81), null, 4);
        assertThat(send(tooLong, signed(tooLong)).statusCode()).isEqualTo(400);
        String huge = "{\"OrderNumber\":\"" + number + "\",\"StatusCode\":4,\"Message\":\"" + "x".repeat(5000) + "\"}";
        assertThat(send(huge, signed(huge)).statusCode()).isEqualTo(400);
        String unknown = statusJson("NO-SUCH-" + number, null, 4);
        assertThat(send(unknown, signed(unknown)).statusCode()).isEqualTo(404);
        assertThat(state(number)).isEqualTo(DeliveryState.REGISTERED);

        assertThat(callback(number, null, DeliveryState.CANCELLED.postCode(), true).statusCode()).isEqualTo(200);
        assertThat(state(number)).isEqualTo(DeliveryState.CANCELLED);
    }

    private DossierView receiveForPost() {
        String idNumber = "0110900" + "%05d".formatted(IDS.incrementAndGet() % 100_000);
        return handling.receiveAtCounter(fixtures.officer("tiepnhan"), new CounterReception(DossierFixtures.NOTARY_CARD,
                Channel.COUNTER, new Applicant(ApplicantType.CITIZEN, idNumber, "Quàng Văn Bưu", "0912345678", null,
                        "Phường Him Lam, tỉnh Điện Biên"),
                null, null, List.of(new ComponentInput("Đơn đề nghị cấp thẻ công chứng viên", 1, 0, true, false, false,
                        List.of())),
                ReturnMethod.POST, "Số 5, tổ 3, phường Him Lam", null, null));
    }

    /** A dossier whose papers the post collects; returns the order's number. */
    private String requestPickUp() {
        DossierView d = receiveForPost();
        deliveries.request(d.code(), d.receivingUnit(),
                new PostRequest(true, false, "Quàng Văn Bưu", "0912345678", "Bản Him Lam 2", "11", "03127"));
        return d.code() + "-BC-HS";
    }

    private DeliveryState state(String orderNumber) {
        return deliveries.byOrderNumber(orderNumber).orElseThrow().state();
    }

    private HttpResponse<String> callback(String number, String itemCode, int code, boolean sign) throws Exception {
        String body = statusJson(number, itemCode, code);
        return send(body, sign ? signed(body) : null);
    }

    private static String statusJson(String number, String itemCode, int code) {
        return "{\"OrderNumber\":\"" + number + "\"," + (itemCode == null ? "" : "\"ItemCode\":\"" + itemCode + "\",")
                + "\"StatusCode\":" + code + ",\"Message\":\"test\",\"Time\":\"2031-02-03T02:00:00Z\"}";
    }

    private static String signed(String body) {
        return PostalSignature.sign(body.getBytes(StandardCharsets.UTF_8), "demo-vnpost-callback-secret");
    }

    private HttpResponse<String> send(String body, String signature) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + Deliveries.CALLBACK_PATH)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (signature != null) {
            request.header(PostalSignature.HEADER, signature);
        }
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
