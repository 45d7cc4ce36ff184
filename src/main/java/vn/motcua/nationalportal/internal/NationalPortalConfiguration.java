package vn.motcua.nationalportal.internal;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.nationalportal.Emc;
import vn.motcua.nationalportal.EmcSimulator;
import vn.motcua.nationalportal.NationalPortal;
import vn.motcua.nationalportal.NationalPortalSimulator;
import vn.motcua.platform.LocalPort;

/**
 * The clients of the portal and of EMC: their configured URLs, else the application's own simulators on its
 * own port ({@link NationalPortalSimulator#PATH}, {@link EmcSimulator#PATH}), reached over real HTTP all the
 * same; and a sender for each.
 */
@Configuration
@EnableConfigurationProperties({NationalPortalSettings.class, EmcSettings.class})
class NationalPortalConfiguration {

    @Bean
    NationalPortal nationalPortal(NationalPortalSettings settings, LocalPort port) {
        return new HttpNationalPortal(settings.simulated()
                ? () -> "http://127.0.0.1:" + port.get() + NationalPortalSimulator.PATH : settings::url, settings);
    }

    @Bean
    Emc emc(EmcSettings settings, LocalPort port) {
        return new HttpEmc(settings.simulated()
                ? () -> "http://127.0.0.1:" + port.get() + EmcSimulator.PATH : settings::url, settings);
    }

    @Bean
    OutboxSender portalSender(SyncOutbox outbox, NationalPortal portal, NationalPortalSettings settings,
            TransactionTemplate transactions, Clock clock) {
        return new OutboxSender(outbox, new PortalDelivery(portal, outbox, settings.sending()), transactions, clock);
    }

    @Bean
    OutboxSender emcSender(SyncOutbox outbox, Emc emc, EmcSettings settings, TransactionTemplate transactions,
            Clock clock) {
        return new OutboxSender(outbox, new EmcDelivery(emc, settings.sending()), transactions, clock);
    }
}
