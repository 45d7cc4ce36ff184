package vn.motcua.nationalcatalog.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code motcua.national-catalog.*}: where the national procedure database is and how often to read it.
 *
 * @param url its base URL; blank: the application's own simulator
 * @param token a bearer token it asks for, if any
 * @param timeout how long one read of the whole listing waits
 * @param syncEvery the pause between two scheduled syncs (the administrator may sync at any time)
 * @param simulatorDelay how long the simulator takes while "slow"
 */
@ConfigurationProperties("motcua.national-catalog")
record NationalCatalogSettings(String url, String token, Duration timeout, Duration syncEvery,
        Duration simulatorDelay) {

    boolean simulated() {
        return url == null || url.isBlank();
    }
}
