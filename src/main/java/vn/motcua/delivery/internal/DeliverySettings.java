package vn.motcua.delivery.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code motcua.post.*}: where VNPost is and how orders are sent and followed.
 *
 * @param url its base URL; blank: the application's own simulator
 * @param token a bearer token it asks for, if any
 * @param customerCode the province's customer code at VNPost (CustomerCode)
 * @param callbackSecret the secret shared with VNPost that signs its callbacks
 * @param provinceCode the province's 2-digit code, for the units' addresses
 * @param timeout how long a call waits for its answer
 * @param simulatorDelay how long the simulator takes while "slow"
 * @param sendInterval how often a node looks for orders to send
 * @param pollInterval how often one node asks VNPost where the open orders stand
 * @param retryFirst the wait after a first failure, doubled after each next one
 * @param retryMax the longest wait between two attempts
 */
@ConfigurationProperties("motcua.post")
record DeliverySettings(String url, String token, String customerCode, String callbackSecret, String provinceCode,
        Duration timeout, Duration simulatorDelay, Duration sendInterval, Duration pollInterval, Duration retryFirst,
        Duration retryMax) {

    boolean simulated() {
        return url == null || url.isBlank();
    }

    /** The wait after {@code failures} failures in a row: {@code retryFirst × 2^(failures − 1)}, capped. */
    Duration waitAfter(int failures) {
        int doublings = Math.min(Math.max(failures - 1, 0), 30);
        Duration wait = retryFirst.multipliedBy(1L << doublings);
        return wait.compareTo(retryMax) > 0 || wait.isNegative() ? retryMax : wait;
    }
}
