package vn.motcua.nationalcatalog.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.motcua.nationalcatalog.NationalCatalogSimulator;
import vn.motcua.nationalcatalog.NationalCatalogSource;
import vn.motcua.platform.LocalPort;

/**
 * The national database's client: {@code motcua.national-catalog.url}, else the application's own simulator on
 * its own port ({@link NationalCatalogSimulator#PATH}).
 */
@Configuration
@EnableConfigurationProperties(NationalCatalogSettings.class)
class NationalCatalogConfiguration {

    @Bean
    NationalCatalogSource nationalCatalogSource(NationalCatalogSettings settings, LocalPort port) {
        return new HttpNationalCatalogSource(settings.simulated()
                ? () -> "http://127.0.0.1:" + port.get() + NationalCatalogSimulator.PATH : settings::url, settings);
    }
}
