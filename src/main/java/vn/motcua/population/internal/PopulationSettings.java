package vn.motcua.population.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code motcua.population.gateway.*}: where the province's data-sharing gateway is and what it knows the
 * province by.
 *
 * @param url its base URL; blank: the application's own simulator
 * @param token a bearer token it asks for, if any
 * @param integrationCode the province's integration code (MaTichHop)
 * @param serviceCode the population look-up service's code (MaDichVu)
 * @param timeout how long a look-up waits for its answer: the officer at the counter is waiting too
 * @param simulatorDelay how long the simulator takes while "slow"
 */
@ConfigurationProperties("motcua.population.gateway")
record PopulationSettings(String url, String token, String integrationCode, String serviceCode, Duration timeout,
        Duration simulatorDelay) {

    boolean simulated() {
        return url == null || url.isBlank();
    }
}
