package vn.motcua.payment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A real platform is never spoken to with the demo's secret: the application refuses to start. */
class PaymentConfigurationTest {

    private final ProvinceAddress address = new ProvinceAddress(URI.create("https://dichvucong.example.gov.vn"));

    @Test
    void aRealPlatformNeedsTheProvincesOwnSecret() {
        for (String secret : new String[] {null, " ", PaymentConfiguration.DEMO_SECRET}) {
            assertThatThrownBy(() -> new PaymentConfiguration().paymentPlatform(settings("https://pay.example.vn", secret),
                    address, Clock.systemUTC())).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("MOTCUA_PAYMENT_SECRET");
        }
        assertThat(new PaymentConfiguration().paymentPlatform(settings("https://pay.example.vn", "s3cret-of-the-province"),
                address, Clock.systemUTC())).isNotNull();
        assertThat(new PaymentConfiguration().paymentPlatform(settings("", PaymentConfiguration.DEMO_SECRET), address,
                Clock.systemUTC())).isNotNull();
    }

    @Test
    void thePlatformIsGivenThePortalsPublicAddress() {
        assertThat(address.of("/payment/platform/callback"))
                .isEqualTo("https://dichvucong.example.gov.vn/payment/platform/callback");
    }

    private static PlatformSettings settings(String url, String secret) {
        return new PlatformSettings(url, "P", secret, "DVC", Duration.ofSeconds(1), Duration.ofMinutes(1),
                Duration.ofMinutes(5), Duration.ofMinutes(90), Duration.ofMinutes(5), Duration.ofSeconds(1));
    }
}
