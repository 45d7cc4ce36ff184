package vn.motcua.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * The holding rule with the settings an unconfigured province runs on (README "Logins"): an account
 * waits 5 s after its 5th failure, twice as long after each further one, and is locked 15 minutes
 * from its 10th on; a client address the same from its 20th and 100th.
 */
class LoginSettingsTest {

    private static final Instant LAST = Instant.parse("2026-12-07T02:00:00Z");

    @ParameterizedTest(name = "{0} after {1} failures: {2} s, locked {3}")
    @CsvSource(nullValues = "none", textBlock = """
            OFFICER,   1,   none,  false
            OFFICER,   4,   none,  false
            OFFICER,   5,   5,     false
            OFFICER,   6,   10,    false
            APPLICANT, 9,   80,    false
            APPLICANT, 10,  900,   true
            OFFICER,   57,  900,   true
            CLIENT,    10,  none,  false
            CLIENT,    19,  none,  false
            CLIENT,    20,  5,     false
            CLIENT,    27,  640,   false
            CLIENT,    28,  900,   false
            CLIENT,    99,  900,   false
            CLIENT,    100, 900,   true
            """)
    void defaults(LoginScope scope, int failures, Long waitSeconds, boolean locked) {
        Optional<LoginSettings.Hold> hold = LoginSettings.defaults().holdAfter(scope, failures, LAST);
        if (waitSeconds == null) {
            assertThat(hold).isEmpty();
        } else {
            assertThat(hold).contains(new LoginSettings.Hold(LAST.plusSeconds(waitSeconds), locked));
        }
    }

    @Test
    void theApplicationBindsTheSameDefaultsWhenNothingIsConfigured() {
        LoginSettings bound = new Binder(new MapConfigurationPropertySource())
                .bindOrCreate("motcua.login", LoginSettings.class);
        assertThat(bound).isEqualTo(LoginSettings.defaults());
        assertThat(bound.account()).isEqualTo(new LoginSettings.Threshold(5, 10));
        assertThat(bound.client()).isEqualTo(new LoginSettings.Threshold(20, 100));
        assertThat(bound.lockDuration()).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void settingsThatMakeNoSenseStopTheStart() {
        assertThatThrownBy(() -> new LoginSettings.Threshold(10, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LoginSettings(null, null, Duration.ofMinutes(20), Duration.ofMinutes(15), null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
