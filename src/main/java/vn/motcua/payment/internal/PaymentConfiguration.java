package vn.motcua.payment.internal;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the platform: the national payment platform at {@code MOTCUA_PAYMENT_PLATFORM_URL}, else the
 * application's own simulator ({@code /simulator/payment-platform}). A real platform needs the province's
 * own secret: the demo's is refused.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PlatformSettings.class)
class PaymentConfiguration {

    static final String DEMO_SECRET = "motcua-demo-secret";

    @Bean
    PaymentPlatform paymentPlatform(PlatformSettings settings, ProvinceAddress address, Clock clock) {
        if (!settings.simulated() && (settings.secret() == null || settings.secret().isBlank()
                || DEMO_SECRET.equals(settings.secret()))) {
            throw new IllegalStateException("motcua.payment.platform.url is set: set MOTCUA_PAYMENT_SECRET too, "
                    + "the secret the platform gave the province");
        }
        return new HttpPaymentPlatform(settings.simulated() ? address::simulator : settings::url, settings, clock);
    }
}
