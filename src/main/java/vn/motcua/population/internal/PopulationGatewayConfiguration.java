package vn.motcua.population.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.motcua.platform.LocalPort;
import vn.motcua.population.PopulationGateway;
import vn.motcua.population.PopulationGatewaySimulator;

/**
 * The gateway's client: {@code motcua.population.gateway.url}, else the application's own simulator on its
 * own port ({@link PopulationGatewaySimulator#PATH}).
 */
@Configuration
@EnableConfigurationProperties(PopulationSettings.class)
class PopulationGatewayConfiguration {

    @Bean
    PopulationGateway populationGateway(PopulationSettings settings, LocalPort port) {
        return new HttpPopulationGateway(settings.simulated()
                ? () -> "http://127.0.0.1:" + port.get() + PopulationGatewaySimulator.PATH : settings::url, settings);
    }
}
