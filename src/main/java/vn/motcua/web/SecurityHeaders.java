package vn.motcua.web;

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

/**
 * The headers every answer carries, on both login chains: a Content-Security-Policy that allows no
 * inline script or style and no framing, the referrer cut to the origin across sites, and Spring
 * Security's own defaults ({@code X-Content-Type-Options: nosniff}, {@code X-Frame-Options: DENY},
 * HSTS on secure requests, no caching of pages).
 *
 * <p>The API's explorer (swagger-ui at {@code /api-docs}) is a third-party page that sets styles inline
 * and draws its icons from {@code data:} URIs: its addresses alone get a policy that allows inline
 * styles; scripts stay {@code 'self'} there too.
 */
final class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    static final String API_EXPLORER_POLICY = CONTENT_SECURITY_POLICY.replace("style-src 'self'",
            "style-src 'self' 'unsafe-inline'");

    private static final RequestMatcher API_EXPLORER = new OrRequestMatcher(
            PathPatternRequestMatcher.pathPattern("/api-docs"), PathPatternRequestMatcher.pathPattern("/api-docs/**"),
            PathPatternRequestMatcher.pathPattern("/swagger-ui/**"));

    private SecurityHeaders() {
    }

    static Customizer<HeadersConfigurer<HttpSecurity>> everywhere() {
        return headers -> headers
                .addHeaderWriter(policy(new NegatedRequestMatcher(API_EXPLORER), CONTENT_SECURITY_POLICY))
                .addHeaderWriter(policy(API_EXPLORER, API_EXPLORER_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN));
    }

    private static DelegatingRequestMatcherHeaderWriter policy(RequestMatcher where, String policy) {
        return new DelegatingRequestMatcherHeaderWriter(where, new StaticHeadersWriter("Content-Security-Policy", policy));
    }
}
