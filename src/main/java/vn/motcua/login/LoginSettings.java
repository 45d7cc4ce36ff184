package vn.motcua.login;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How failed logins are held back ({@code motcua.login.*}, README "Logins"). From {@code slow-after}
 * failures on, each further try must wait: {@code first-delay}, then twice as long after each new
 * failure; from {@code lock-after} failures on, the account or address is locked for
 * {@code lock-duration} after each failure. Failures older than {@code forget-after} are forgotten.
 *
 * @param account thresholds of one account (default slowed after 5 failures, locked after 10)
 * @param client thresholds of one client address, looser since an office shares one (20, 100)
 * @param firstDelay the first wait of a slowdown (5 seconds)
 * @param lockDuration how long a lock lasts, also the longest slowdown (15 minutes)
 * @param forgetAfter how long after the last failure a counter starts again from zero (1 hour)
 */
@ConfigurationProperties("motcua.login")
public record LoginSettings(Threshold account, Threshold client, Duration firstDelay, Duration lockDuration,
        Duration forgetAfter) {

    /** Doubling stops here: 5 s × 2^20 is far past any sensible lock already. */
    private static final int MAX_DOUBLINGS = 20;

    public LoginSettings {
        account = account == null ? new Threshold(5, 10) : account;
        client = client == null ? new Threshold(20, 100) : client;
        firstDelay = firstDelay == null ? Duration.ofSeconds(5) : firstDelay;
        lockDuration = lockDuration == null ? Duration.ofMinutes(15) : lockDuration;
        forgetAfter = forgetAfter == null ? Duration.ofHours(1) : forgetAfter;
        if (firstDelay.isNegative() || lockDuration.compareTo(firstDelay) < 0
                || forgetAfter.compareTo(lockDuration) < 0) {
            throw new IllegalArgumentException("motcua.login needs 0 <= first-delay <= lock-duration <= forget-after");
        }
    }

    /** The settings when nothing is configured. */
    public static LoginSettings defaults() {
        return new LoginSettings(null, null, null, null, null);
    }

    /**
     * @param slowAfter failures after which each try must wait
     * @param lockAfter failures after which the account or address is locked
     */
    public record Threshold(int slowAfter, int lockAfter) {

        public Threshold {
            if (slowAfter < 1 || lockAfter < slowAfter) {
                throw new IllegalArgumentException("motcua.login needs 1 <= slow-after <= lock-after");
            }
        }
    }

    /** The thresholds of a scope. */
    public Threshold threshold(LoginScope scope) {
        return scope.isAccount() ? account : client;
    }

    /** A wait imposed after a failure. */
    public record Hold(Instant until, boolean locked) {
    }

    /** What {@code failures} failures, the last at {@code lastFailure}, impose; empty below the threshold. */
    public Optional<Hold> holdAfter(LoginScope scope, int failures, Instant lastFailure) {
        Threshold threshold = threshold(scope);
        if (failures >= threshold.lockAfter()) {
            return Optional.of(new Hold(lastFailure.plus(lockDuration), true));
        }
        if (failures < threshold.slowAfter()) {
            return Optional.empty();
        }
        Duration wait = firstDelay.multipliedBy(1L << Math.min(failures - threshold.slowAfter(), MAX_DOUBLINGS));
        return Optional.of(new Hold(lastFailure.plus(wait.compareTo(lockDuration) > 0 ? lockDuration : wait), false));
    }
}
