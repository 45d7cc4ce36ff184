package vn.motcua.web.portal.follow;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * At most so many look-ups by code and ID number per client address per minute, counted over a
 * sliding window. Without it, the form would let anyone try ID numbers against a known code (the
 * code is printed on every receipt). In memory, per instance: enough for one deployment; a proxy in
 * front must pass the client's address (server.forward-headers-strategy). Linking a dossier to an account
 * (the same proof) counts against the same limit.
 */
@Component
public class LookupRateLimit {

    static final Duration WINDOW = Duration.ofMinutes(1);
    /** Above this many addresses, forget those that have been quiet for a whole window. */
    private static final int SWEEP_ABOVE = 10_000;

    private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();
    private final int perWindow;
    private final Clock clock;

    LookupRateLimit(@Value("${motcua.follow.lookups-per-minute:10}") int perWindow, Clock clock) {
        this.perWindow = perWindow;
        this.clock = clock;
    }

    /** Counts one look-up by {@code client}; empty when allowed, else how long to wait before the next. */
    public Optional<Duration> acquire(String client) {
        Instant now = clock.instant();
        if (recent.size() > SWEEP_ABOVE) {
            recent.values().removeIf(times -> times.isEmpty() || times.peekLast().isBefore(now.minus(WINDOW)));
        }
        Deque<Instant> times = recent.computeIfAbsent(client, any -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(WINDOW))) {
                times.pollFirst();
            }
            if (times.size() >= perWindow) {
                return Optional.of(Duration.between(now, times.peekFirst().plus(WINDOW)));
            }
            times.addLast(now);
            return Optional.empty();
        }
    }

    /**
     * Counts one look-up by the request's client; over the limit, answers 429 with Retry-After and names
     * the page that says how long to wait, else empty.
     */
    public Optional<String> refusal(HttpServletRequest request, HttpServletResponse response, Model model) {
        return acquire(request.getRemoteAddr()).map(wait -> {
            long seconds = Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
            model.addAttribute("seconds", seconds);
            return "portal/follow/too-many";
        });
    }
}
