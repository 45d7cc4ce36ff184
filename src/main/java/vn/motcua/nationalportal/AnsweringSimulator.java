package vn.motcua.nationalportal;

import java.time.Duration;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import vn.motcua.nationalportal.NationalPortal.Answer;
import vn.motcua.platform.SimulatedSystem;

/**
 * A simulator of a system that answers {@code {"error_code", "message"}} (the national portal, EMC), and
 * misbehaves the same way when told to ({@link PortalSimulatorMode}).
 */
public abstract class AnsweringSimulator extends SimulatedSystem<PortalSimulatorMode> {

    /** An HTTP status and, unless the system failed, its answer. */
    public record Reply(HttpStatus status, Answer answer) {
    }

    AnsweringSimulator(Duration slowDelay, String realAddress) {
        super(slowDelay, realAddress, PortalSimulatorMode.UP);
    }

    /** Keeps what {@code keep} keeps unless the mode says otherwise, and answers as the mode says. */
    protected Reply take(Supplier<Answer> keep) throws InterruptedException {
        PortalSimulatorMode now = mode();
        if (now == PortalSimulatorMode.DOWN) {
            return new Reply(HttpStatus.SERVICE_UNAVAILABLE, null);
        }
        if (now == PortalSimulatorMode.REFUSE) {
            return new Reply(HttpStatus.OK, new Answer(Answer.INVALID, "Từ chối (bộ giả lập)"));
        }
        Answer answer = keep.get();
        if (now == PortalSimulatorMode.SLOW) {
            slowDown();
        }
        return now == PortalSimulatorMode.DUPLICATE ? new Reply(HttpStatus.INTERNAL_SERVER_ERROR, null)
                : new Reply(HttpStatus.OK, answer);
    }
}
