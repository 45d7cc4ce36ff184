package vn.motcua.notification.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code motcua.notifications.*} (README "Notifications").
 *
 * @param sendInterval how often the sender looks for due messages
 * @param retryFirst the wait after the first failure; each further failure doubles it
 * @param retryMax the longest wait between two attempts
 * @param maxAttempts after this many failures a message is given up on (an administrator retries it)
 * @param dueCheckInterval how often steps about to be late are looked for
 */
@ConfigurationProperties("motcua.notifications")
record NotificationSettings(Smtp smtp, Sms sms, Duration sendInterval, Duration retryFirst, Duration retryMax,
        int maxAttempts, Duration dueCheckInterval) {

    /**
     * The mail server. Without a host the application starts its own demo server on
     * {@code embeddedPort} (0: any free port) and its mailbox is shown to administrators.
     */
    record Smtp(String host, int port, String user, String password, String from, boolean starttls,
            int embeddedPort) {

        boolean embedded() {
            return host == null || host.isBlank();
        }
    }

    /**
     * The SMS gateway: {@code url} receives the JSON messages; blank, the application's own simulator.
     *
     * @param token sent as {@code Authorization: Bearer} when set
     * @param timeout how long an answer is waited for
     * @param simulatorDelay how long the simulator takes to answer when set to slow
     */
    record Sms(String url, String token, Duration timeout, Duration simulatorDelay) {

        boolean simulated() {
            return url == null || url.isBlank();
        }
    }

    /** The wait before the next attempt after {@code failures} failures, or null to give up. */
    Duration retryAfter(int failures) {
        if (failures >= maxAttempts) {
            return null;
        }
        Duration wait = retryFirst.multipliedBy(1L << Math.min(failures - 1, 20));
        return wait.compareTo(retryMax) > 0 ? retryMax : wait;
    }
}
