package vn.motcua.nationalportal.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code motcua.emc.*}: where the EMC monitoring system is, who the province is to it, and how events are
 * retried.
 *
 * @param url its base URL; blank: the application's own simulator
 * @param token a bearer token it asks for, if any
 * @param siteId the province's site at EMC ({@code SiteId})
 * @param timeout how long a call waits for its answer
 * @param simulatorDelay how long the simulator takes while "slow"
 * @param sendInterval how often a node looks for events to send
 * @param retryFirst the wait after a first failure, doubled after each next one
 * @param retryMax the longest wait between two attempts
 * @param parkAfter attempts after which an event is parked for an administrator
 */
@ConfigurationProperties("motcua.emc")
record EmcSettings(String url, String token, String siteId, Duration timeout, Duration simulatorDelay,
        Duration sendInterval, Duration retryFirst, Duration retryMax, int parkAfter) {

    boolean simulated() {
        return url == null || url.isBlank();
    }

    Sending sending() {
        return new Sending(sendInterval, retryFirst, retryMax, parkAfter);
    }
}
