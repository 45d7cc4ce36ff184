package vn.motcua.specialised.internal;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code motcua.specialised.*}: the exchange's pace and the business registry's address.
 *
 * @param sendInterval how often the exchange looks for filings to send and answers to ask for
 * @param retryFirst the wait after a first failure, doubled after each further one
 * @param retryMax the longest wait between two tries
 * @param pollEvery the wait between two questions about a filing the registry has not answered
 * @param businessRegistry the registry
 */
@ConfigurationProperties("motcua.specialised")
record SpecialisedSettings(Duration sendInterval, Duration retryFirst, Duration retryMax, Duration pollEvery,
        Registry businessRegistry) {

    /**
     * @param url its base URL; blank: the application's own simulator
     * @param token a bearer token it asks for, if any
     * @param timeout how long one call waits
     * @param procedures the procedures whose dossiers go to it (the household business registrations)
     */
    record Registry(String url, String token, Duration timeout, List<String> procedures) {

        boolean simulated() {
            return url == null || url.isBlank();
        }
    }

    /** The wait after the {@code attempts}-th failure: doubling from {@code retryFirst}, at most {@code retryMax}. */
    Duration backoff(int attempts) {
        Duration wait = retryFirst.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
        return wait.compareTo(retryMax) > 0 ? retryMax : wait;
    }
}
