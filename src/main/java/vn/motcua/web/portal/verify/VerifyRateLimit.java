package vn.motcua.web.portal.verify;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.motcua.platform.RateCounter;

/**
 * At most so many validations per client address per minute ({@code motcua.verification.per-minute}),
 * pages and API together: each one reads a whole PDF and may fetch revocation data, so an open door
 * would let anyone keep the cores busy. Counted in the database like the dossier look-ups.
 */
@Component
public class VerifyRateLimit {

    private static final String SCOPE = "verification";

    private final RateCounter counter;
    private final int perMinute;

    VerifyRateLimit(RateCounter counter, @Value("${motcua.verification.per-minute:10}") int perMinute) {
        this.counter = counter;
        this.perMinute = perMinute;
    }

    /** Counts one validation; over the limit, the whole seconds to wait before the next, else empty. */
    public Optional<Long> secondsToWait(HttpServletRequest request) {
        return counter.acquire(SCOPE, request.getRemoteAddr(), perMinute)
                .map(wait -> Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0)));
    }
}
