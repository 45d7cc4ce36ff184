package vn.motcua.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import vn.motcua.organization.Role;

/**
 * Who may open what. Public data (catalog, units, calendar, the portal) needs no login; officers log
 * in with a form, API clients with HTTP Basic; the admin pages need the administrator role, counter
 * reception the reception role. Dossiers (pages and {@code /api/v1/dossiers}) need a login; which
 * dossiers an officer sees is the dossier module's decision.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String[] PUBLIC_PAGES = {
        "/", "/procedures", "/procedures/**", "/submit/**", "/follow", "/follow/**", "/login", "/error",
        "/favicon.ico",
        "/css/**", "/js/**", "/img/**", "/webjars/**", "/actuator/health",
        "/v3/api-docs", "/v3/api-docs/**", "/api-docs", "/api-docs/**", "/swagger-ui/**"
    };
    private static final String[] PUBLIC_API = {"/api/v1/procedures", "/api/v1/procedures/**", "/api/v1/units",
        "/api/v1/calendar/**"};

    /**
     * An API client that keeps its session cookie is checked against its password once, not on every
     * call: password hashes are slow on purpose, and a busy counter integration would spend its time
     * hashing. Clients without cookies still authenticate on every call.
     */
    private static final SecurityContextRepository API_SESSIONS = new DelegatingSecurityContextRepository(
            new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(PUBLIC_PAGES).permitAll()
                        .requestMatchers(HttpMethod.GET, PUBLIC_API).permitAll()
                        .requestMatchers("/admin/**").hasRole(Role.ADMINISTRATOR.name())
                        .requestMatchers("/office/reception", "/office/reception/**").hasRole(Role.RECEPTION.name())
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/office", false).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/?loggedOut"))
                .httpBasic(basic -> basic.securityContextRepository(API_SESSIONS))
                // Browsers go to the login page; API clients get 401 with a Basic challenge.
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"),
                        new NegatedRequestMatcher(PathPatternRequestMatcher.pathPattern("/api/**"))))
                // API clients send credentials with each call and hold no session cookie to abuse.
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"));
        return http.build();
    }
}
