package vn.motcua.web.vneid;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2LoginAuthenticationFilter;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import vn.motcua.identity.ApplicantAccounts;
import vn.motcua.identity.ApplicantPrincipal;
import vn.motcua.identity.VneidIdentity;

/**
 * Đăng nhập bằng VNeID on the applicants' filter chain: OpenID Connect's authorization code flow with PKCE,
 * the {@code state} and {@code nonce} checked and the ID token's signature, issuer, audience and expiry
 * verified by Spring Security against the provider's keys. The verified claims ({@link VneidIdentity}) open or
 * find the account verified for that ID number, and the applicant is then logged in exactly as after the
 * password form: an {@link ApplicantPrincipal} under the applicants' own session key.
 */
@Component
public class VneidLogin {

    /** Starts the login: redirects to VNeID (or back to the login page while VNeID cannot be reached). */
    public static final String START = "/account/login/vneid";
    /** Where VNeID sends the citizen back with the code (the redirect URI registered with VNeID). */
    public static final String CALLBACK = START + "/callback";
    /** Where a refused VNeID login lands. */
    static final String REFUSED = "/account/login?vneidError";

    private static final Logger LOG = LoggerFactory.getLogger(VneidLogin.class);

    private final VneidRegistration registration;
    private final ApplicantAccounts accounts;

    VneidLogin(VneidRegistration registration, ApplicantAccounts accounts) {
        this.registration = registration;
        this.accounts = accounts;
    }

    /** Adds the VNeID login to the applicants' chain, whose logins live in {@code sessions}. */
    public void addTo(HttpSecurity http, SecurityContextRepository sessions) {
        if (!registration.offered()) {
            return;
        }
        OidcUserService checked = new OidcUserService();
        // The ID token carries every claim the portal needs: no call to the user-info endpoint.
        checked.setRetrieveUserInfo(request -> false);
        // The chain's own manager knows passwords only (behind the login guard): the code exchange, the ID
        // token's checks and the claims get a manager of their own.
        AuthenticationManager codeExchange = new ProviderManager(new OidcAuthorizationCodeAuthenticationProvider(
                new RestClientAuthorizationCodeTokenResponseClient(), request -> applicant(checked, request)));
        http.oauth2Login(login -> login.loginPage("/account/login")
                .withObjectPostProcessor(new ObjectPostProcessor<OAuth2LoginAuthenticationFilter>() {
                    @Override
                    public <O extends OAuth2LoginAuthenticationFilter> O postProcess(O filter) {
                        filter.setAuthenticationManager(codeExchange);
                        return filter;
                    }
                })
                .clientRegistrationRepository(registration)
                .authorizedClientRepository(NOT_KEPT)
                .authorizationEndpoint(start -> start.authorizationRequestResolver(pkce()))
                .redirectionEndpoint(back -> back.baseUri(CALLBACK))
                .successHandler((request, response, authentication) -> loggedIn(request, response, authentication,
                        sessions))
                .failureHandler(VneidLogin::refused));
    }

    /** Whether the login page offers the VNeID button. */
    public boolean offered() {
        return registration.offered();
    }

    /** Only {@link #START} starts a login, with PKCE, and only while the provider can be reached. */
    private OAuth2AuthorizationRequestResolver pkce() {
        DefaultOAuth2AuthorizationRequestResolver resolver = new DefaultOAuth2AuthorizationRequestResolver(
                registration, START.substring(0, START.lastIndexOf('/')));
        resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        return new OAuth2AuthorizationRequestResolver() {
            @Override
            public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
                return starts(request) ? resolver.resolve(request) : null;
            }

            @Override
            public OAuth2AuthorizationRequest resolve(HttpServletRequest request, String registrationId) {
                return starts(request) ? resolver.resolve(request, registrationId) : null;
            }
        };
    }

    private boolean starts(HttpServletRequest request) {
        return request.getRequestURI().equals(request.getContextPath() + START)
                && registration.current().isPresent();
    }

    private OidcUser applicant(OidcUserService checked, OidcUserRequest request) {
        OidcUser user = checked.loadUser(request);
        try {
            ApplicantPrincipal applicant = accounts.logInWithVneid(VneidIdentity.fromClaims(user.getClaims()));
            return new VerifiedApplicant(user, applicant);
        } catch (IllegalArgumentException unusable) {
            throw new OAuth2AuthenticationException(new OAuth2Error("invalid_vneid_claims", unusable.getMessage(),
                    null), unusable);
        }
    }

    private static void loggedIn(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication, SecurityContextRepository sessions) throws IOException {
        ApplicantPrincipal applicant = ((VerifiedApplicant) authentication.getPrincipal()).applicant;
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(applicant, null, applicant.getAuthorities()));
        SecurityContextHolder.setContext(context);
        sessions.saveContext(context, request, response);
        response.sendRedirect("/account/dossiers");
    }

    private static void refused(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException refusal) throws IOException {
        LOG.info("VNeID login refused: {}", refusal.getMessage());
        response.sendRedirect(REFUSED);
    }

    /** The claims checked, with the account they log into; kept only until the login completes. */
    private static final class VerifiedApplicant extends DefaultOidcUser {

        private final ApplicantPrincipal applicant;

        VerifiedApplicant(OidcUser user, ApplicantPrincipal applicant) {
            super(applicant.getAuthorities(), user.getIdToken());
            this.applicant = applicant;
        }
    }

    /** The portal asks VNeID nothing after the login: its access token is not kept. */
    private static final OAuth2AuthorizedClientRepository NOT_KEPT = new OAuth2AuthorizedClientRepository() {
        @Override
        public <T extends OAuth2AuthorizedClient> T loadAuthorizedClient(String registrationId,
                Authentication principal, HttpServletRequest request) {
            return null;
        }

        @Override
        public void saveAuthorizedClient(OAuth2AuthorizedClient client, Authentication principal,
                HttpServletRequest request, HttpServletResponse response) {
            // Nothing kept.
        }

        @Override
        public void removeAuthorizedClient(String registrationId, Authentication principal,
                HttpServletRequest request, HttpServletResponse response) {
            // Nothing kept.
        }
    };
}
