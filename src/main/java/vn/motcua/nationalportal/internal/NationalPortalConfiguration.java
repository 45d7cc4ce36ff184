package vn.motcua.nationalportal.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.motcua.nationalportal.NationalPortal;
import vn.motcua.nationalportal.NationalPortalSimulator;
import vn.motcua.platform.LocalPort;

/**
 * The portal's client: {@code motcua.national-portal.url}, else the application's own simulator on its own
 * port ({@link NationalPortalSimulator#PATH}), reached over real HTTP all the same.
 */
@Configuration
@EnableConfigurationProperties(NationalPortalSettings.class)
class NationalPortalConfiguration {

    @Bean
    NationalPortal nationalPortal(NationalPortalSettings settings, LocalPort port) {
        return new HttpNationalPortal(settings.simulated()
                ? () -> "http://127.0.0.1:" + port.get() + NationalPortalSimulator.PATH : settings::url, settings);
    }
}
