package vn.motcua.web;

import java.util.regex.Pattern;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import vn.motcua.identity.ApplicantAccounts;
import vn.motcua.identity.ApplicantPrincipal;
import vn.motcua.login.LoginAttempts;
import vn.motcua.login.LoginGuard;
import vn.motcua.login.LoginScope;
import vn.motcua.organization.ApiTokens;
import vn.motcua.datastore.NationalStoreSimulator;
import vn.motcua.nationalportal.EmcSimulator;
import vn.motcua.delivery.Deliveries;
import vn.motcua.delivery.VnPostSimulator;
import vn.motcua.nationalportal.NationalPortalSimulator;
import vn.motcua.notification.SmsSimulator;
import vn.motcua.population.PopulationGatewaySimulator;
import vn.motcua.specialised.BusinessRegistrySimulator;
import vn.motcua.organization.Role;
import vn.motcua.payment.PaymentPlatformSimulator;
import vn.motcua.payment.PlatformMessages;
import vn.motcua.web.api.ApiSecurityRefusals;
import vn.motcua.web.pki.PkiController;
import vn.motcua.web.login.LoginRefusalPages;
import vn.motcua.web.vneid.VneidLogin;

/**
 * Who may open what. Public data (catalog, units, calendar, the portal) needs no login; officers log
 * in with a form, API clients with HTTP Basic or a personal API token ({@code Authorization: Bearer},
 * {@link BearerTokenFilter}, for this call only); the admin pages and the history import need the
 * administrator role, counter reception the reception role. Dossiers (pages and {@code /api/v1/dossiers})
 * need a login; which dossiers an officer sees is the dossier module's decision.
 *
 * <p>Applicants have a filter chain of their own for {@code /account/**} and {@code /follow/**}: their
 * own log-in form, an authentication manager that knows only applicant accounts, and their own key
 * in the session. So an officer's password does not open {@code /account/login}, an applicant's does
 * not open {@code /login}, and a session logged in on one side is anonymous on the other. Applicants may
 * also log in with VNeID ({@link VneidLogin}); the demo's VNeID has a chain of its own
 * ({@link VneidSimulatorSecurity}).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String[] PUBLIC_PAGES = {
        "/", "/procedures", "/procedures/**", "/login", "/error", "/service-index", "/service-index/**",
        "/favicon.ico",
        "/css/**", "/js/**", "/img/**", "/webjars/**", "/actuator/health",
        "/v3/api-docs", "/v3/api-docs/**", "/api-docs", "/api-docs/**", "/swagger-ui/**"
    };
    private static final String[] PUBLIC_API = {"/api/v1/procedures", "/api/v1/procedures/**", "/api/v1/units",
        "/api/v1/calendar/**", "/api/v1/index"};

    /**
     * An API client that keeps its session cookie is checked against its password once, not on every
     * call: password hashes are slow on purpose, and a busy counter integration would spend its time
     * hashing. Clients without cookies still authenticate on every call.
     */
    private static final SecurityContextRepository API_SESSIONS = new DelegatingSecurityContextRepository(
            new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

    private static final Pattern OWN_CREDENTIAL = Pattern.compile("(Basic|Bearer) ", Pattern.CASE_INSENSITIVE);

    /**
     * An API call that brings its own credentials (Basic, Bearer) needs no CSRF token: another site
     * cannot make a browser add them; nor does one without a session cookie, which has nothing to ride
     * on (it gets its 401). One that rides on the session cookie of an officer's browser can be forged
     * like any form, so it must carry the token (header {@code X-CSRF-TOKEN} or {@code _csrf}).
     */
    private static final RequestMatcher NO_SESSION_TO_RIDE = request -> {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return request.getRequestedSessionId() == null
                || authorization != null && OWN_CREDENTIAL.matcher(authorization).lookingAt();
    };

    /**
     * Applicant pages anyone may open: logging in, registering, following a dossier by code and ID number,
     * submitting online (an applicant who is logged in is known there too).
     */
    private static final String[] APPLICANT_PUBLIC = {"/account/login", "/account/register", "/follow", "/follow/**",
        "/submit/**", VneidLogin.START};

    /** The applicant's login lives under this session key, apart from the officer's. */
    private static final SecurityContextRepository APPLICANT_SESSIONS = applicantSessions();

    @Bean
    @Order(1)
    SecurityFilterChain applicantFilterChain(HttpSecurity http, ApplicantAccounts accounts, PasswordEncoder passwords,
            LoginAttempts logins, LoginRefusalPages refusals, VneidLogin vneid, SecurityHeaders headers)
            throws Exception {
        http.securityMatcher("/account/**", "/follow", "/follow/**", "/submit/**")
                .authenticationManager(
                        new LoginGuard(logins, LoginScope.APPLICANT, only(accounts.loginLookup(), passwords)))
                .securityContext(context -> context.securityContextRepository(APPLICANT_SESSIONS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(APPLICANT_PUBLIC).permitAll()
                        .anyRequest().hasRole(ApplicantPrincipal.ROLE))
                .formLogin(form -> form.loginPage("/account/login").usernameParameter("username")
                        .defaultSuccessUrl("/account/dossiers", false)
                        .failureHandler(refusals.backTo("/account/login")).permitAll())
                .logout(logout -> logout.logoutUrl("/account/logout").logoutSuccessUrl("/account/login?loggedOut"))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(
                        new LoginUrlAuthenticationEntryPoint("/account/login")))
                // The token lives in a cookie, not the session: a citizen whose session timed out while
                // typing a long form can still send it, and the draft keeps what they typed.
                .csrf(csrf -> csrf.csrfTokenRepository(citizenCsrfTokens()))
                .headers(headers.allowingTracking());
        vneid.addTo(http, APPLICANT_SESSIONS);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain securityFilterChain(HttpSecurity http, UserDetailsService officers, PasswordEncoder passwords,
            ApiTokens tokens, ApiSecurityRefusals refusals, LoginAttempts logins, LoginRefusalPages loginRefusals,
            SecurityHeaders headers) throws Exception {
        RequestMatcher api = PathPatternRequestMatcher.pathPattern("/api/**");
        http.authenticationManager(new LoginGuard(logins, LoginScope.OFFICER, only(officers, passwords)))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(PUBLIC_PAGES).permitAll()
                        .requestMatchers("/api/v1/import/**").hasRole(Role.ADMINISTRATOR.name())
                        .requestMatchers(HttpMethod.GET, PUBLIC_API).permitAll()
                        // Anyone may check a signed PDF (rate limited by the controller).
                        .requestMatchers(HttpMethod.POST, "/api/v1/verify").permitAll()
                        .requestMatchers("/api/v1/index/recompute").hasRole(Role.ADMINISTRATOR.name())
                        .requestMatchers("/office/index", "/office/index/**").hasAnyRole(Role.SUPERVISOR.name(),
                                Role.ADMINISTRATOR.name(), Role.LEADER.name())
                        .requestMatchers("/office/statistics", "/office/statistics/**").hasAnyRole(
                                Role.SUPERVISOR.name(), Role.ADMINISTRATOR.name(), Role.LEADER.name())
                        .requestMatchers("/office/population-lookups").hasAnyRole(Role.SUPERVISOR.name(),
                                Role.ADMINISTRATOR.name())
                        // The records archive: disposal approved by an administrator only.
                        .requestMatchers("/office/archive/*/disposal/approval").hasRole(Role.ADMINISTRATOR.name())
                        .requestMatchers("/office/archive", "/office/archive/**").hasAnyRole(Role.SUPERVISOR.name(),
                                Role.ADMINISTRATOR.name())
                        .requestMatchers("/admin/**").hasRole(Role.ADMINISTRATOR.name())
                        .requestMatchers("/office/reception", "/office/reception/**").hasRole(Role.RECEPTION.name())
                        .requestMatchers("/office", "/office/**", "/api/**").authenticated()
                        // Any other address is the public portal's: an unknown one is its 404, not the login.
                        .anyRequest().permitAll())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/office", false)
                        .failureHandler(loginRefusals.backTo("/login")).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/?loggedOut"))
                .addFilterBefore(new BearerTokenFilter(tokens, refusals.invalidToken()), BasicAuthenticationFilter.class)
                .httpBasic(basic -> basic.securityContextRepository(API_SESSIONS)
                        .authenticationEntryPoint(refusals.loginRequired()))
                // Browsers go to the login page; API clients get 401 with the Basic and Bearer challenges
                // and the API's JSON refusal, and a 403 in that shape too.
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor(refusals.loginRequired(), api)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                                new NegatedRequestMatcher(api))
                        .defaultAccessDeniedHandlerFor(refusals.forbidden(), api)
                        // A page refused to a logged-in officer is the 403 error page, not the API's JSON.
                        .defaultAccessDeniedHandlerFor(new AccessDeniedHandlerImpl(), new NegatedRequestMatcher(api)))
                // The SMS simulator plays an outside gateway: its callers have no session to forge.
                .csrf(csrf -> csrf.ignoringRequestMatchers(new AndRequestMatcher(api, NO_SESSION_TO_RIDE),
                        PathPatternRequestMatcher.pathPattern(HttpMethod.POST, SmsSimulator.PATH),
                        // The payment platform (or its simulator) and the province call each other server to server.
                        PathPatternRequestMatcher.pathPattern(HttpMethod.POST, PlatformMessages.CALLBACK_PATH),
                        PathPatternRequestMatcher.pathPattern(HttpMethod.POST, PaymentPlatformSimulator.PATH + "/init"),
                        PathPatternRequestMatcher.pathPattern(HttpMethod.POST, PaymentPlatformSimulator.PATH + "/query"),
                        PathPatternRequestMatcher.pathPattern(HttpMethod.POST,
                                NationalStoreSimulator.PATH + "/documents"),
                        PathPatternRequestMatcher.pathPattern(HttpMethod.POST, NationalPortalSimulator.PATH + "/**"),
                        PathPatternRequestMatcher.pathPattern(HttpMethod.POST, EmcSimulator.PATH + "/events"),
                        PathPatternRequestMatcher.pathPattern(HttpMethod.POST, PopulationGatewaySimulator.PATH + "/lookup"),
                        PathPatternRequestMatcher.pathPattern(HttpMethod.POST, BusinessRegistrySimulator.PATH + "/filings"),
                        // VNPost (or its simulator) and the province call each other server to server.
                        PathPatternRequestMatcher.pathPattern(HttpMethod.POST, Deliveries.CALLBACK_PATH),
                        PathPatternRequestMatcher.pathPattern(HttpMethod.POST, VnPostSimulator.PATH + "/orders"),
                        // The demo PKI's OCSP responder and TSA answer validators, which have no session either.
                        PathPatternRequestMatcher.pathPattern(HttpMethod.POST, PkiController.OCSP),
                        PathPatternRequestMatcher.pathPattern(HttpMethod.POST, PkiController.TSA)))
                .headers(headers.allowingTracking());
        return http.build();
    }

    /**
     * One kind of account per chain, named here rather than found by type. An unknown name surfaces so
     * {@link LoginGuard} can audit it; the guard answers it as a wrong password.
     */
    private static AuthenticationManager only(UserDetailsService accounts, PasswordEncoder passwords) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(passwords);
        provider.setHideUserNotFoundExceptions(false);
        return new ProviderManager(provider);
    }

    private static CookieCsrfTokenRepository citizenCsrfTokens() {
        CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
        tokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax").path("/"));
        return tokens;
    }

    private static SecurityContextRepository applicantSessions() {
        HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();
        sessions.setSpringSecurityContextKey("MOTCUA_APPLICANT_SECURITY_CONTEXT");
        return new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(), sessions);
    }
}
