package vn.motcua.specialised.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.motcua.platform.LocalPort;
import vn.motcua.specialised.BusinessRegistry;
import vn.motcua.specialised.BusinessRegistrySimulator;

/** The registry's client: its configured URL, else the application's own simulator on its own port. */
@Configuration
@EnableConfigurationProperties(SpecialisedSettings.class)
class SpecialisedConfiguration {

    @Bean
    BusinessRegistry businessRegistry(SpecialisedSettings settings, LocalPort port) {
        SpecialisedSettings.Registry registry = settings.businessRegistry();
        return new HttpBusinessRegistry(registry.simulated()
                ? () -> "http://127.0.0.1:" + port.get() + BusinessRegistrySimulator.PATH : registry::url, registry);
    }
}
