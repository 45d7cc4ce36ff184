package vn.motcua.web.vneid;

import java.util.UUID;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.util.function.SingletonSupplier;

/**
 * The simulator's one client, the portal: its id and secret are the portal's VNeID settings, its redirect
 * address the portal's own, exactly ({@link VneidLogin#CALLBACK}). PKCE is required, as VNeID requires it,
 * and nothing asks for consent. Made at the first request, when the server's port is known.
 */
public final class SimulatorClient implements RegisteredClientRepository {

    private final SingletonSupplier<RegisteredClient> portal;

    /** @param encodedSecret the client secret as the password encoder keeps it */
    public SimulatorClient(String clientId, String encodedSecret, ServerAddress address) {
        String id = UUID.randomUUID().toString();
        this.portal = SingletonSupplier.of(() -> RegisteredClient.withId(id).clientId(clientId)
                .clientSecret(encodedSecret)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(address.of(VneidLogin.CALLBACK))
                .scope(OidcScopes.OPENID)
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false)
                        .build())
                .build());
    }

    /**
     * The portal is registered by configuration, never at run time: the authorization server calls this
     * only for dynamic client registration, which the simulator does not offer, so a call is a bug.
     */
    @Override
    public void save(RegisteredClient registeredClient) {
        throw new UnsupportedOperationException("The simulator's only client is the portal");
    }

    @Override
    public RegisteredClient findById(String id) {
        RegisteredClient client = portal.obtain();
        return client.getId().equals(id) ? client : null;
    }

    @Override
    public RegisteredClient findByClientId(String clientId) {
        RegisteredClient client = portal.obtain();
        return client.getClientId().equals(clientId) ? client : null;
    }
}
