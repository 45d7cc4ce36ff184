package vn.motcua.datastore.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.motcua.datastore.NationalDataStore;
import vn.motcua.datastore.NationalStoreSimulator;
import vn.motcua.platform.LocalPort;

/**
 * The national data store's client: {@code motcua.datastore.national.url}, else the application's own
 * simulator on its own port ({@link NationalStoreSimulator#PATH}).
 */
@Configuration
@EnableConfigurationProperties(NationalStoreSettings.class)
class NationalStoreConfiguration {

    @Bean
    NationalDataStore nationalDataStore(NationalStoreSettings settings, LocalPort port) {
        return new HttpNationalDataStore(settings.simulated()
                ? () -> "http://127.0.0.1:" + port.get() + NationalStoreSimulator.PATH : settings::url, settings);
    }
}
