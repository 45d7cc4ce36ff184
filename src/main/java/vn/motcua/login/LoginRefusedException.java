package vn.motcua.login;

import java.time.Duration;
import java.time.Instant;
import org.springframework.security.core.AuthenticationException;

/**
 * A login refused without checking the password, because the account or the client address is held
 * until {@link #retryAt()}. The web layer says when to try again.
 */
public class LoginRefusedException extends AuthenticationException {

    private final Instant retryAt;
    private final long waitSeconds;

    /** @param now the moment of the refused attempt */
    public LoginRefusedException(Instant retryAt, Instant now) {
        super("Too many failed logins; try again at " + retryAt);
        this.retryAt = retryAt;
        Duration wait = Duration.between(now, retryAt);
        this.waitSeconds = Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
    }

    public Instant retryAt() {
        return retryAt;
    }

    /** Whole seconds to wait, rounded up, at least one: the {@code Retry-After} of an API refusal. */
    public long waitSeconds() {
        return waitSeconds;
    }
}
