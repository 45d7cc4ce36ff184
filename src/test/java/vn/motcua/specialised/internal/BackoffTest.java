package vn.motcua.specialised.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The wait after each failed call: 30 s after the first, doubled after each further one, at most 30 min. */
class BackoffTest {

    static final SpecialisedSettings SETTINGS = new SpecialisedSettings(Duration.ofSeconds(5), Duration.ofSeconds(30),
            Duration.ofMinutes(30), Duration.ofMinutes(1), null);

    @ParameterizedTest
    @CsvSource({"1, PT30S", "2, PT1M", "3, PT2M", "6, PT16M", "7, PT30M", "100, PT30M"})
    void theWaitDoublesUpToItsLimit(int attempts, Duration expected) {
        assertThat(SETTINGS.backoff(attempts)).isEqualTo(expected);
    }
}
