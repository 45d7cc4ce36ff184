package vn.motcua.events.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code motcua.events.*} (README "Failed event listeners"); the defaults are in {@code application.yml}.
 *
 * @param checkInterval how often the node doing the retries looks for due ones (15 s)
 * @param retryFirst the wait after a delivery's first failure; each further failure doubles it (1 min)
 * @param retryMax the longest wait between two attempts (1 h); there is no last attempt
 * @param interruptedAfter a delivery started this long ago with no outcome is taken as interrupted (its
 *     node stopped) and retried like a failed one (15 min); keep it above the slowest listener's run, or a
 *     slow delivery is made twice
 * @param batchSize deliveries retried per check at most (100)
 */
@ConfigurationProperties("motcua.events")
record RedeliverySettings(Duration checkInterval, Duration retryFirst, Duration retryMax,
        Duration interruptedAfter, int batchSize) {

    public RedeliverySettings {
        for (Duration duration : new Duration[] {checkInterval, retryFirst, retryMax, interruptedAfter}) {
            if (duration == null || duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("motcua.events.* durations must be positive: " + duration);
            }
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("motcua.events.batch-size must be at least 1: " + batchSize);
        }
    }

    /** The lease of the retries: a few checks long, so that the node doing them keeps it between two. */
    Duration lease() {
        return checkInterval.multipliedBy(4);
    }
}
