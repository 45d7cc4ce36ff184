package vn.motcua.nationalportal.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code motcua.national-portal.*}: where the portal is and how changes are retried.
 *
 * @param url its base URL; blank: the application's own simulator
 * @param token a bearer token it asks for, if any
 * @param timeout how long a call waits for its answer
 * @param simulatorDelay how long the simulator takes while "slow"
 * @param sendInterval how often a node looks for changes to send
 * @param retryFirst the wait after a first failure, doubled after each next one
 * @param retryMax the longest wait between two attempts
 * @param parkAfter attempts after which a change is parked for an administrator
 * @param inTime how long after a change its acknowledgement counts as in time (1.4; read by {@code PortalSync})
 */
@ConfigurationProperties("motcua.national-portal")
record NationalPortalSettings(String url, String token, Duration timeout, Duration simulatorDelay,
        Duration sendInterval, Duration retryFirst, Duration retryMax, int parkAfter, Duration inTime) {

    boolean simulated() {
        return url == null || url.isBlank();
    }

    Sending sending() {
        return new Sending(sendInterval, retryFirst, retryMax, parkAfter);
    }
}
