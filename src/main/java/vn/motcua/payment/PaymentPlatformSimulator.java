package vn.motcua.payment;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * The demo's national payment platform (served under {@link #PATH}, wired unless
 * {@code MOTCUA_PAYMENT_PLATFORM_URL} is set). It speaks only the platform's messages: it takes signed
 * orders, shows the payer a page to choose a bank and pay, fail or cancel, sends the signed result to the
 * callback address the order gave, answers status queries and publishes the day's settlement report. Per
 * transaction it can misbehave as a real platform sometimes does ({@link Misbehaviour}). Transactions are
 * kept in memory, at most {@link #KEPT}.
 */
@Service
public class PaymentPlatformSimulator {

    /** Where the simulator is served: {@code /init}, {@code /query}, {@code /pay/{reference}}, {@code /settlement}. */
    public static final String PATH = "/simulator/payment-platform";
    /** Transactions kept; the oldest is forgotten first. */
    public static final int KEPT = 20_000;

    private static final Logger LOG = LoggerFactory.getLogger(PaymentPlatformSimulator.class);
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** What the payer does on the payer page. */
    public enum Outcome {
        PAY(PlatformMessages.PAID),
        FAIL(PlatformMessages.FAILED),
        CANCEL(PlatformMessages.CANCELLED);

        private final String status;

        Outcome(String status) {
            this.status = status;
        }
    }

    /** How the platform tells the province of the result. */
    public enum Misbehaviour {
        /** One callback, before the payer is sent back. */
        NONE,
        /** The same callback twice at once. */
        CALLBACK_TWICE,
        /** One callback, long after the payer was sent back. */
        CALLBACK_LATE,
        /** The result, then a stale "pending" for the same transaction. */
        OUT_OF_ORDER,
        /** No callback at all: only a status query tells. */
        CALLBACK_NEVER,
        /** A callback, properly signed, with another amount than the one paid. */
        WRONG_AMOUNT,
        /** A callback whose MaXacThuc is not the platform's. */
        BAD_SIGNATURE
    }

    /** A bank the payer may choose (its BIN and name). */
    public record Bank(String code, String name) {
    }

    public static final List<Bank> BANKS = List.of(new Bank("970436", "Vietcombank"),
            new Bank("970415", "VietinBank"), new Bank("970418", "BIDV"), new Bank("970405", "Agribank"),
            new Bank("970422", "MB Bank"), new Bank("970407", "Techcombank"));

    /**
     * One transaction as the platform holds it.
     *
     * @param status TrangThai: pending until the payer decides
     * @param decidedAt when the payer paid, failed or cancelled; null while pending
     */
    public record Transaction(PlatformMessages.Init order, String transactionId, String status, String bank,
            String payerName, Misbehaviour misbehaviour, Instant decidedAt) {

        Transaction decided(String status, String bank, String payerName, Misbehaviour misbehaviour, Instant at) {
            return new Transaction(order, transactionId, status, bank, payerName, misbehaviour, at);
        }
    }

    private final Map<String, Transaction> transactions = new LinkedHashMap<>();
    private final AtomicLong numbers = new AtomicLong();
    private final Clock clock;
    private final String partner;
    private final String secret;
    private final Duration lateDelay;
    private final boolean active;
    private final RestClient client;

    PaymentPlatformSimulator(Clock clock, @Value("${motcua.payment.platform.partner-code}") String partner,
            @Value("${motcua.payment.platform.secret}") String secret,
            @Value("${motcua.payment.platform.simulator-late-delay}") Duration lateDelay,
            @Value("${motcua.payment.platform.url:}") String platformUrl) {
        this.clock = clock;
        this.partner = partner;
        this.secret = secret;
        this.lateDelay = lateDelay;
        this.active = platformUrl == null || platformUrl.isBlank();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                        .build());
        requests.setReadTimeout(Duration.ofSeconds(30));
        this.client = RestClient.builder().requestFactory(requests).build();
    }

    /** False when a real platform is set: the simulator then answers nothing. */
    public boolean active() {
        return active;
    }

    /**
     * Takes an order: checked for partner, signature, amount and a reference not seen before; answered with
     * the payer page's address under {@code selfBase} (the simulator's own address as the payer reaches it).
     */
    public PlatformMessages.InitAnswer init(PlatformMessages.Init order, String selfBase) {
        String refused = refusal(order);
        if (refused != null) {
            return signed(new PlatformMessages.InitAnswer(refused, "Từ chối", order.maThamChieu(), null, null));
        }
        synchronized (this) {
            if (transactions.containsKey(order.maThamChieu())) {
                return signed(new PlatformMessages.InitAnswer(PlatformMessages.INVALID, "Mã tham chiếu đã dùng",
                        order.maThamChieu(), null, null));
            }
            if (transactions.size() >= KEPT) {
                transactions.remove(transactions.keySet().iterator().next());
            }
            transactions.put(order.maThamChieu(), new Transaction(order, "SIM%09d".formatted(numbers.incrementAndGet()),
                    PlatformMessages.PENDING, null, null, null, null));
        }
        return signed(new PlatformMessages.InitAnswer(PlatformMessages.OK, "Thành công", order.maThamChieu(),
                selfBase + PATH + "/pay/" + order.maThamChieu(), null));
    }

    public synchronized Optional<Transaction> transaction(String reference) {
        return Optional.ofNullable(transactions.get(reference));
    }

    /**
     * The payer's choice on the payer page: records it, tells the province as {@code misbehaviour} says
     * and returns where the payer goes back to (UrlTraVe). Empty when the transaction is unknown or decided.
     */
    public Optional<String> decide(String reference, String bank, String payerName, Outcome outcome,
            Misbehaviour misbehaviour) {
        Transaction decided;
        synchronized (this) {
            Transaction pending = transactions.get(reference);
            if (pending == null || !PlatformMessages.PENDING.equals(pending.status())) {
                return Optional.empty();
            }
            decided = pending.decided(outcome.status, bank, payerName, misbehaviour, clock.instant());
            transactions.put(reference, decided);
        }
        notifyProvince(decided);
        return Optional.of(decided.order().urlTraVe());
    }

    /** Answers a status query: the signed result, or "unknown reference". */
    public PlatformMessages.QueryAnswer query(PlatformMessages.Query query) {
        if (!partner.equals(query.maDoiTac())) {
            return new PlatformMessages.QueryAnswer(PlatformMessages.UNKNOWN_PARTNER, "Sai mã đối tác", null);
        }
        if (!PlatformSignature.matches(query.signed(), secret, query.maXacThuc())) {
            return new PlatformMessages.QueryAnswer(PlatformMessages.BAD_SIGNATURE, "Sai mã xác thực", null);
        }
        return transaction(query.maThamChieu())
                .map(t -> new PlatformMessages.QueryAnswer(PlatformMessages.OK, "Thành công", result(t)))
                .orElse(new PlatformMessages.QueryAnswer(PlatformMessages.UNKNOWN_REFERENCE, "Không có giao dịch", null));
    }

    /** The day's settled payments (Vietnam's calendar day), in the order they were paid. */
    public synchronized List<PlatformMessages.SettlementLine> settlement(LocalDate day) {
        List<PlatformMessages.SettlementLine> lines = new ArrayList<>();
        for (Transaction t : transactions.values()) {
            if (PlatformMessages.PAID.equals(t.status()) && t.decidedAt().atZone(VIETNAM).toLocalDate().equals(day)) {
                PlatformMessages.Receipt receipt = t.order().thongTinBienLai();
                lines.add(new PlatformMessages.SettlementLine(t.order().maThamChieu(), receipt.maHoSo(),
                        t.order().soTien(), receipt.tKThuHuong(), receipt.maNHThuHuong(),
                        PlatformMessages.time(t.decidedAt()), t.status()));
            }
        }
        return lines;
    }

    private String refusal(PlatformMessages.Init order) {
        if (!partner.equals(order.maDoiTac())) {
            return PlatformMessages.UNKNOWN_PARTNER;
        }
        if (!PlatformSignature.matches(order.signed(), secret, order.maXacThuc())) {
            return PlatformMessages.BAD_SIGNATURE;
        }
        boolean complete = order.maThamChieu() != null && !order.maThamChieu().isBlank() && order.soTien() > 0
                && order.urlTraVe() != null && order.urlThongBao() != null && order.thongTinBienLai() != null
                && order.thongTinBienLai().danhSachPhiLePhi() != null;
        if (!complete) {
            return PlatformMessages.INVALID;
        }
        long fees = order.thongTinBienLai().danhSachPhiLePhi().stream().mapToLong(PlatformMessages.FeeLine::soTien)
                .sum();
        return fees == order.soTien() ? null : PlatformMessages.WRONG_AMOUNT;
    }

    private void notifyProvince(Transaction t) {
        PlatformMessages.Result result = result(t);
        String to = t.order().urlThongBao();
        switch (t.misbehaviour()) {
            case NONE -> send(to, result);
            case CALLBACK_TWICE -> {
                Thread first = Thread.ofVirtual().start(() -> send(to, result));
                Thread second = Thread.ofVirtual().start(() -> send(to, result));
                join(first);
                join(second);
            }
            case CALLBACK_LATE -> Thread.ofVirtual().start(() -> {
                sleep(lateDelay);
                send(to, result);
            });
            case OUT_OF_ORDER -> {
                send(to, result);
                send(to, sign(result.withStatus(PlatformMessages.PENDING)));
            }
            case CALLBACK_NEVER -> LOG.info("Simulated platform: no callback for {}", t.order().maThamChieu());
            case WRONG_AMOUNT -> send(to, sign(result.withAmount(result.soTien() + 1_000)));
            case BAD_SIGNATURE -> send(to, result.signedWith("0".repeat(64)));
        }
    }

    private void send(String to, PlatformMessages.Result result) {
        try {
            PlatformMessages.Ack ack = client.post().uri(to).contentType(MediaType.APPLICATION_JSON).body(result)
                    .retrieve().body(PlatformMessages.Ack.class);
            LOG.info("Simulated platform: callback {} {} answered {}", result.maThamChieu(), result.trangThai(),
                    ack == null ? null : ack.maLoi());
        } catch (RestClientException e) {
            LOG.warn("Simulated platform: callback {} to {} failed: {}", result.maThamChieu(), to, e.getMessage());
        }
    }

    private PlatformMessages.Result result(Transaction t) {
        return sign(new PlatformMessages.Result(partner, t.order().maThamChieu(), t.transactionId(), t.order().soTien(),
                t.status(), t.bank(), t.payerName(),
                PlatformMessages.time(t.decidedAt() == null ? clock.instant() : t.decidedAt()), null));
    }

    private PlatformMessages.Result sign(PlatformMessages.Result result) {
        return result.signedWith(PlatformSignature.sign(result.signed(), secret));
    }

    private PlatformMessages.InitAnswer signed(PlatformMessages.InitAnswer answer) {
        return new PlatformMessages.InitAnswer(answer.maLoi(), answer.moTa(), answer.maThamChieu(),
                answer.duongDanThanhToan(), PlatformSignature.sign(answer.signed(), secret));
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
