package vn.motcua.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.platform.LocalPort;
import vn.motcua.platform.OutsideSystemClient;
import vn.motcua.platform.SimulatedSystem;

/**
 * The demo's VNPost (served under {@link #PATH}, wired unless {@code motcua.post.url} is set): it keeps the
 * parcels in memory (at most {@link #KEPT}), one per order number, so an order sent again gets the same
 * tracking number and postage. Postage: {@link #SAME_PROVINCE_VND} within the sender's province (or when a
 * province code is not known), {@link #OTHER_PROVINCE_VND} to another, plus {@link #COD_FEE_VND} when money is
 * collected on delivery. An administrator (or a test) moves a parcel along ({@link #advance}); each move is
 * called back to the province, signed, unless the simulator is "late" or "down".
 */
@Service
public class VnPostSimulator extends SimulatedSystem<PostSimulatorMode> {

    public static final String PATH = "/simulator/vnpost";
    public static final int KEPT = 5000;
    public static final long SAME_PROVINCE_VND = 25_000;
    public static final long OTHER_PROVINCE_VND = 38_000;
    public static final long COD_FEE_VND = 10_000;

    private static final Logger LOG = LoggerFactory.getLogger(VnPostSimulator.class);

    /** An HTTP status and, unless VNPost failed, its answer. */
    public record Reply<T>(HttpStatus status, T answer) {
    }

    /**
     * A parcel as the simulator holds it.
     *
     * @param orders how many times its order arrived
     * @param states its states with their times, in order
     */
    public record Parcel(PostalOrder order, String itemCode, long priceVnd, int orders,
            List<Map.Entry<DeliveryState, Instant>> states) {

        public DeliveryState state() {
            return states.getLast().getKey();
        }
    }

    private final Map<String, Parcel> parcels = new LinkedHashMap<>();
    private final Clock clock;
    private final JsonMapper json;
    private final String secret;
    private final OutsideSystemClient province;
    private long issued;

    VnPostSimulator(Clock clock, JsonMapper json, LocalPort port,
            @Value("${motcua.post.simulator-delay}") Duration slowDelay, @Value("${motcua.post.url:}") String url,
            @Value("${motcua.post.callback-secret}") String secret, @Value("${motcua.post.timeout}") Duration timeout) {
        super(slowDelay, url, PostSimulatorMode.UP);
        this.clock = clock;
        this.json = json;
        this.secret = secret;
        this.province = OutsideSystemClient.of(() -> "http://127.0.0.1:" + port.get(), timeout, "");
    }

    /** Takes an order (the same order number again: the same parcel). */
    public Reply<PostalMessages.OrderAnswer> order(PostalOrder order) throws InterruptedException {
        PostSimulatorMode now = mode();
        if (now == PostSimulatorMode.DOWN) {
            return new Reply<>(HttpStatus.SERVICE_UNAVAILABLE, null);
        }
        Parcel parcel = keep(order);
        if (now == PostSimulatorMode.SLOW) {
            slowDown();
        }
        return now == PostSimulatorMode.DUPLICATE ? new Reply<>(HttpStatus.INTERNAL_SERVER_ERROR, null)
                : new Reply<>(HttpStatus.OK, new PostalMessages.OrderAnswer(parcel.itemCode(), parcel.priceVnd()));
    }

    /** Where the parcel of {@code orderNumber} stands (404 when unknown). */
    public Reply<PostalMessages.Status> track(String orderNumber) {
        if (mode() == PostSimulatorMode.DOWN) {
            return new Reply<>(HttpStatus.SERVICE_UNAVAILABLE, null);
        }
        return parcel(orderNumber).map(p -> new Reply<>(HttpStatus.OK, PostalMessages.Status.of(status(p))))
                .orElseGet(() -> new Reply<>(HttpStatus.NOT_FOUND, null));
    }

    public synchronized Optional<Parcel> parcel(String orderNumber) {
        return Optional.ofNullable(parcels.get(orderNumber));
    }

    /** The parcels held, the newest first, at most {@code limit}. */
    public synchronized List<Parcel> parcels(int limit) {
        List<Parcel> all = new ArrayList<>(parcels.values());
        return all.reversed().stream().limit(limit).toList();
    }

    /**
     * Moves the parcel to {@code state} as VNPost would, and calls the province back (twice while
     * "duplicate"; not at all while "late" or "down"). False when there is no such parcel.
     */
    public boolean advance(String orderNumber, DeliveryState state) {
        Parcel moved;
        synchronized (this) {
            Parcel parcel = parcels.get(orderNumber);
            if (parcel == null || state == DeliveryState.ORDERING) {
                return false;
            }
            List<Map.Entry<DeliveryState, Instant>> states = new ArrayList<>(parcel.states());
            states.add(Map.entry(state, clock.instant()));
            moved = new Parcel(parcel.order(), parcel.itemCode(), parcel.priceVnd(), parcel.orders(), List.copyOf(states));
            parcels.put(orderNumber, moved);
        }
        PostSimulatorMode now = mode();
        if (now != PostSimulatorMode.LATE && now != PostSimulatorMode.DOWN) {
            callBack(status(moved), now == PostSimulatorMode.DUPLICATE ? 2 : 1);
        }
        return true;
    }

    private void callBack(PostalStatus status, int times) {
        byte[] body = json.writeValueAsBytes(PostalMessages.Status.of(status));
        for (int i = 0; i < times; i++) {
            try {
                province.client().post().uri(province.uri(Deliveries.CALLBACK_PATH))
                        .contentType(MediaType.APPLICATION_JSON)
                        .header(PostalSignature.HEADER, PostalSignature.sign(body, secret)).body(body)
                        .retrieve().toBodilessEntity();
            } catch (RestClientException e) {
                // VNPost would call again later; the province polls anyway.
                LOG.warn("VNPost simulator: callback of {} failed: {}", status.orderNumber(), e.getMessage());
            }
        }
    }

    private synchronized Parcel keep(PostalOrder order) {
        Parcel before = parcels.get(order.orderNumber());
        Parcel parcel = before != null
                ? new Parcel(before.order(), before.itemCode(), before.priceVnd(), before.orders() + 1, before.states())
                : new Parcel(order, itemCode(++issued), price(order), 1,
                        List.of(Map.entry(DeliveryState.REGISTERED, clock.instant())));
        parcels.put(order.orderNumber(), parcel);
        if (parcels.size() > KEPT) {
            parcels.remove(parcels.keySet().iterator().next());
        }
        return parcel;
    }

    /** The rule of the simulator's postage (see the class). */
    public static long price(PostalOrder order) {
        String from = order.sender().provinceCode();
        String to = order.receiver().provinceCode();
        boolean sameProvince = from == null || from.isBlank() || to == null || to.isBlank() || from.equals(to);
        return (sameProvince ? SAME_PROVINCE_VND : OTHER_PROVINCE_VND) + (order.codVnd() > 0 ? COD_FEE_VND : 0);
    }

    /** A tracking number in VNPost's shape: two letters, nine digits, "VN". */
    private String itemCode(long n) {
        return "EB%09dVN".formatted((clock.millis() / 1000 % 1_000_000) * 1000 + n % 1000);
    }

    private static PostalStatus status(Parcel p) {
        Map.Entry<DeliveryState, Instant> last = p.states().getLast();
        return new PostalStatus(p.order().orderNumber(), p.itemCode(), last.getKey().postCode(),
                last.getKey().name(), last.getValue());
    }
}
