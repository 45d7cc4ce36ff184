package vn.motcua.payment.internal.reconciliation;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import vn.motcua.payment.PaymentPlatformSimulator;

/**
 * Wires the settlement report: the configured address, else the platform's, else the simulator's on this
 * server (its port is known only once the server listens, so the address is read at each call).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReconciliationSettings.class)
class ReconciliationConfiguration {

    @Bean
    SettlementReport settlementReport(ReconciliationSettings settings, Environment environment,
            @Value("${motcua.payment.platform.url:}") String platformUrl) {
        if (settings.settlementUrl() != null && !settings.settlementUrl().isBlank()) {
            return new HttpSettlementReport(settings::settlementUrl, settings.timeout());
        }
        if (!platformUrl.isBlank()) {
            return new HttpSettlementReport(() -> platformUrl + "/settlement", settings.timeout());
        }
        return new HttpSettlementReport(() -> "http://127.0.0.1:" + environment.getProperty("local.server.port")
                + PaymentPlatformSimulator.PATH + "/settlement", settings.timeout());
    }
}
