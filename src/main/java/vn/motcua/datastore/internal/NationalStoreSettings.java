package vn.motcua.datastore.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code motcua.datastore.national.*}: where the national data store is and how pushes are retried.
 *
 * @param url its base URL; blank: the application's own simulator
 * @param token a bearer token it asks for, if any
 * @param timeout how long a call waits for its answer
 * @param simulatorDelay how long the simulator takes while "slow"
 * @param pushInterval how often a node looks for due pushes
 * @param retryFirst the wait after a first failure, doubled after each next one
 * @param retryMax the longest wait between two attempts
 * @param claimFor how long a node holds a push it claimed before another may take it over
 */
@ConfigurationProperties("motcua.datastore.national")
record NationalStoreSettings(String url, String token, Duration timeout, Duration simulatorDelay,
        Duration pushInterval, Duration retryFirst, Duration retryMax, Duration claimFor) {

    boolean simulated() {
        return url == null || url.isBlank();
    }

    /** The wait before attempt {@code failures + 1}: {@code retryFirst × 2^(failures − 1)}, at most {@code retryMax}. */
    Duration backoff(int failures) {
        Duration wait = retryFirst;
        for (int i = 1; i < failures && wait.compareTo(retryMax) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(retryMax) > 0 ? retryMax : wait;
    }
}
