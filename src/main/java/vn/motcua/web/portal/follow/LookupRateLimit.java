package vn.motcua.web.portal.follow;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.motcua.platform.RateCounter;

/**
 * At most so many look-ups by code and ID number per client address per minute. Without it, the form
 * would let anyone try ID numbers against a known code (the code is printed on every receipt). Counted
 * in the database ({@link RateCounter}), so every node of the province counts together; a proxy in
 * front must pass the client's address (server.forward-headers-strategy). Linking a dossier to an
 * account (the same proof) counts against the same limit.
 */
@Component
public class LookupRateLimit {

    private static final String SCOPE = "follow-lookup";

    private final RateCounter counter;
    private final int perMinute;

    LookupRateLimit(RateCounter counter, @Value("${motcua.follow.lookups-per-minute:10}") int perMinute) {
        this.counter = counter;
        this.perMinute = perMinute;
    }

    /**
     * Counts one look-up by the request's client; over the limit, answers 429 with Retry-After and names
     * the page that says how long to wait, else empty.
     */
    public Optional<String> refusal(HttpServletRequest request, HttpServletResponse response, Model model) {
        return counter.acquire(SCOPE, request.getRemoteAddr(), perMinute).map(wait -> {
            long seconds = Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
            model.addAttribute("seconds", seconds);
            return "portal/follow/too-many";
        });
    }
}
