package vn.motcua.web;

import com.nimbusds.jose.jwk.source.JWKSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import vn.motcua.identity.VneidSimulator;
import vn.motcua.web.vneid.ServerAddress;
import vn.motcua.web.vneid.SimulatorAuthorizations;
import vn.motcua.web.vneid.SimulatorClient;
import vn.motcua.web.vneid.SimulatorLogin;
import vn.motcua.web.vneid.SimulatorTokens;

/**
 * The demo's VNeID: a real OpenID Connect provider (Spring Authorization Server) on a filter chain of its own,
 * matching only {@value VneidSimulator#PATH}{@code /**}, ahead of the applicants' and the officers' chains so it
 * never touches theirs. Its issuer is the portal's public address followed by that path: the server resolves
 * it from each request (which names the public address, {@link PublicAddress}), so the discovery document,
 * the tokens and the portal's client agree whatever port the server got. Its login lives under a session key
 * of its own. Spring Boot's own authorization server and client configurations are excluded
 * (application.yml): nothing else is made of them. {@code motcua.vneid.simulator.enabled=false} removes it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "motcua.vneid.simulator.enabled", matchIfMissing = true)
class VneidSimulatorSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain vneidSimulatorFilterChain(HttpSecurity http, PasswordEncoder passwords, ServerAddress address,
            @Value("${motcua.vneid.client-id}") String clientId,
            @Value("${motcua.vneid.client-secret}") String clientSecret) throws Exception {
        SimulatorAuthorizations authorizations = new SimulatorAuthorizations();
        SimulatorTokens tokens = new SimulatorTokens(authorizations);
        http.setSharedObject(JWKSource.class, tokens.keys());
        http.securityMatcher(VneidSimulator.PATH + "/**")
                .with(new OAuth2AuthorizationServerConfigurer(), server -> server
                        .registeredClientRepository(new SimulatorClient(clientId, passwords.encode(clientSecret),
                                address))
                        .authorizationService(authorizations)
                        // Issuer and endpoints resolved from the path in front of the standard endpoints.
                        .authorizationServerSettings(AuthorizationServerSettings.builder().multipleIssuersAllowed(true)
                                .build())
                        .tokenGenerator(tokens.generator())
                        .tokenEndpoint(token -> token.accessTokenResponseHandler(tokens.answers()))
                        .oidc(Customizer.withDefaults()))
                // Its user-info endpoint takes its own access tokens.
                .oauth2ResourceServer(resource -> resource.jwt(jwt -> jwt.decoder(tokens.decoder())))
                .authorizeHttpRequests(requests -> requests.requestMatchers(SimulatorLogin.PAGE).permitAll()
                        .anyRequest().authenticated())
                .securityContext(context -> context.securityContextRepository(SimulatorLogin.SESSIONS))
                .requestCache(cache -> cache.requestCache(SimulatorLogin.SAVED))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(
                        new LoginUrlAuthenticationEntryPoint(SimulatorLogin.PAGE)))
                .headers(SecurityHeaders.everywhere());
        return http.build();
    }
}
