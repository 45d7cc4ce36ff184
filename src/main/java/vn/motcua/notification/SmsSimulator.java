package vn.motcua.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import vn.motcua.platform.SimulatedSystem;
import vn.motcua.platform.SimulatorAnswer;
import vn.motcua.platform.SimulatorMode;

/**
 * The demo's SMS gateway (served at {@link #PATH}, wired unless {@code MOTCUA_SMS_URL} is set): it
 * records what it takes, at most {@link #KEPT} messages in memory, and can be made to misbehave so
 * that one sees what the outbox does then. A message whose id it already has is answered as a
 * duplicate and not recorded again, as a real gateway must.
 */
@Service
public class SmsSimulator extends SimulatedSystem<SimulatorMode> {

    /** Where the simulator takes messages (POST, JSON). */
    public static final String PATH = "/simulator/sms/messages";
    /** Messages kept; the oldest is forgotten first. */
    public static final int KEPT = 500;



    /**
     * One message as received.
     *
     * @param times how many times it was sent to the simulator (a retry of a message it had)
     */
    public record Received(String id, String to, String text, Instant receivedAt, int times) {
    }

    private final Map<String, Received> received = new LinkedHashMap<>();
    private final Clock clock;

    SmsSimulator(Clock clock, @Value("${motcua.notifications.sms.simulator-delay}") Duration slowDelay,
            @Value("${motcua.notifications.sms.url:}") String gatewayUrl) {
        super(slowDelay, gatewayUrl, SimulatorMode.UP);
        this.clock = clock;
    }

    /** Takes one message as the current mode says; SLOW returns only after its delay. */
    public SimulatorAnswer receive(SmsMessage message) throws InterruptedException {
        SimulatorMode now = mode();
        if (now == SimulatorMode.DOWN) {
            return SimulatorAnswer.UNAVAILABLE;
        }
        boolean duplicate = record(message);
        if (now == SimulatorMode.SLOW) {
            slowDown();
        }
        if (now == SimulatorMode.DUPLICATE) {
            return SimulatorAnswer.ERROR;
        }
        return duplicate ? SimulatorAnswer.DUPLICATE : SimulatorAnswer.ACCEPTED;
    }

    /** What it received, newest first. */
    public synchronized List<Received> received() {
        List<Received> list = new ArrayList<>(received.values());
        return list.reversed();
    }

    /** Messages received for {@code to}, oldest first. */
    public synchronized List<Received> receivedFor(String to) {
        return received.values().stream().filter(r -> r.to().equals(to)).toList();
    }

    private synchronized boolean record(SmsMessage message) {
        Received before = received.get(message.id());
        if (before != null) {
            received.put(message.id(), new Received(before.id(), before.to(), before.text(), before.receivedAt(),
                    before.times() + 1));
            return true;
        }
        if (received.size() >= KEPT) {
            received.remove(received.keySet().iterator().next());
        }
        received.put(message.id(), new Received(message.id(), message.to(), message.text(), clock.instant(), 1));
        return false;
    }
}
