package vn.motcua.datastore.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class NationalStoreSettingsTest {

    private final NationalStoreSettings settings = new NationalStoreSettings(null, null, Duration.ofSeconds(10),
            Duration.ofSeconds(15), Duration.ofSeconds(10), Duration.ofMinutes(1), Duration.ofHours(1),
            Duration.ofMinutes(2));

    @Test
    void theWaitDoublesAfterEachFailureUpToTheCeiling() {
        assertThat(settings.backoff(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(settings.backoff(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(settings.backoff(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(settings.backoff(6)).isEqualTo(Duration.ofMinutes(32));
        assertThat(settings.backoff(7)).isEqualTo(Duration.ofHours(1));
        assertThat(settings.backoff(500)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void unsetUrlMeansTheSimulator() {
        assertThat(settings.simulated()).isTrue();
        assertThat(new NationalStoreSettings(" ", null, null, null, null, null, null, null).simulated()).isTrue();
        assertThat(new NationalStoreSettings("https://kho.gov.vn/api", null, null, null, null, null, null, null)
                .simulated()).isFalse();
    }
}
