package vn.motcua.delivery.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.motcua.delivery.PostalService;
import vn.motcua.delivery.VnPostSimulator;
import vn.motcua.platform.LocalPort;

/**
 * VNPost's client: {@code motcua.post.url}, else the application's own simulator on its own port
 * ({@link VnPostSimulator#PATH}), reached over real HTTP all the same.
 */
@Configuration
@EnableConfigurationProperties(DeliverySettings.class)
class DeliveryConfiguration {

    @Bean
    PostalService postalService(DeliverySettings settings, LocalPort port) {
        return new HttpPostalService(settings.simulated()
                ? () -> "http://127.0.0.1:" + port.get() + VnPostSimulator.PATH : settings::url, settings);
    }
}
