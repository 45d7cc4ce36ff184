package vn.motcua.web;

import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;

/**
 * The headers every answer carries, on both login chains: a Content-Security-Policy that allows no
 * inline script or style and no framing, the referrer cut to the origin across sites, and Spring
 * Security's own defaults ({@code X-Content-Type-Options: nosniff}, {@code X-Frame-Options: DENY},
 * HSTS on secure requests, no caching of pages).
 *
 * <p>The API's explorer (swagger-ui at {@code /api-docs}) is a third-party page that sets styles inline
 * and draws its icons from {@code data:} URIs: its addresses alone get a policy that allows inline
 * styles; scripts stay {@code 'self'} there too.
 *
 * <p>When the EMC page-tracking script is set ({@code motcua.emc.tracking-script}, README "EMC monitoring"),
 * the policy allows scripts, images and connections from its origin, and nothing more; unset, nothing outside.
 */
@Component
final class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    static final String API_EXPLORER_POLICY = CONTENT_SECURITY_POLICY.replace("style-src 'self'",
            "style-src 'self' 'unsafe-inline'");

    private static final RequestMatcher API_EXPLORER = new OrRequestMatcher(
            PathPatternRequestMatcher.pathPattern("/api-docs"), PathPatternRequestMatcher.pathPattern("/api-docs/**"),
            PathPatternRequestMatcher.pathPattern("/swagger-ui/**"));

    private final String pagePolicy;

    SecurityHeaders(@Value("${motcua.emc.tracking-script:}") String trackingScript) {
        this.pagePolicy = policyAllowing(trackingScript);
    }

    /**
     * The pages' policy, allowing the tracking script's origin when one is set.
     *
     * @throws IllegalArgumentException when it is set but is no https (or local http) URL of a script
     */
    static String policyAllowing(String trackingScript) {
        if (trackingScript == null || trackingScript.isBlank()) {
            return CONTENT_SECURITY_POLICY;
        }
        URI script = URI.create(trackingScript.strip());
        boolean local = "localhost".equals(script.getHost()) || "127.0.0.1".equals(script.getHost());
        boolean secure = "https".equals(script.getScheme()) || local && "http".equals(script.getScheme());
        if (script.getHost() == null || !secure || script.getRawUserInfo() != null) {
            throw new IllegalArgumentException("motcua.emc.tracking-script must be an https URL: " + trackingScript);
        }
        String origin = script.getScheme() + "://" + script.getRawAuthority();
        return CONTENT_SECURITY_POLICY.replace("script-src 'self'", "script-src 'self' " + origin)
                .replace("img-src 'self' data:", "img-src 'self' data: " + origin)
                .replace("object-src", "connect-src 'self' " + origin + "; object-src");
    }

    /** The headers with the closed page policy, for pages that never carry the tracking script. */
    static Customizer<HeadersConfigurer<HttpSecurity>> everywhere() {
        return headers(CONTENT_SECURITY_POLICY);
    }

    /** The headers with the page policy that allows the tracking script's origin when one is set. */
    Customizer<HeadersConfigurer<HttpSecurity>> allowingTracking() {
        return headers(pagePolicy);
    }

    private static Customizer<HeadersConfigurer<HttpSecurity>> headers(String pagePolicy) {
        return headers -> headers
                .addHeaderWriter(policy(new NegatedRequestMatcher(API_EXPLORER), pagePolicy))
                .addHeaderWriter(policy(API_EXPLORER, API_EXPLORER_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN));
    }

    private static DelegatingRequestMatcherHeaderWriter policy(RequestMatcher where, String policy) {
        return new DelegatingRequestMatcherHeaderWriter(where, new StaticHeadersWriter("Content-Security-Policy", policy));
    }
}
