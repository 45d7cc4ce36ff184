package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The Content-Security-Policy allows EMC's page-tracking script's origin only when the script is set, and
 * only that origin (scripts, images, connections); a script address that is not https is refused at start.
 */
class EmcTrackingPolicyTest {

    private static final String CLOSED = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Test
    void unsetItAllowsNothingOutside() {
        assertThat(SecurityHeaders.policyAllowing("")).isEqualTo(CLOSED);
        assertThat(SecurityHeaders.policyAllowing(null)).isEqualTo(CLOSED);
    }

    @Test
    void setItAllowsTheScriptsOriginAndNoOther() {
        assertThat(SecurityHeaders.policyAllowing("https://emc.gov.vn:8443/js/tracking.js?site=H18")).isEqualTo(
                "default-src 'self'; script-src 'self' https://emc.gov.vn:8443; style-src 'self'; "
                        + "img-src 'self' data: https://emc.gov.vn:8443; connect-src 'self' https://emc.gov.vn:8443; "
                        + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'");
    }

    @Test
    void aScriptNotServedOverHttpsIsRefused() {
        assertThatThrownBy(() -> SecurityHeaders.policyAllowing("http://emc.example.vn/t.js"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SecurityHeaders.policyAllowing("javascript:alert(1)"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
