package vn.motcua.web.vneid;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.stereotype.Component;
import vn.motcua.identity.VneidSimulator;

/**
 * The portal as VNeID's client: the configured issuer ({@code motcua.vneid.issuer}), else the simulator on this
 * server when it is enabled, else none (the login page then offers no VNeID button). The provider's addresses
 * and keys come from its discovery document, read at the first VNeID login and kept once read; while the
 * provider cannot be reached no login starts and the next one tries again.
 */
@Component
public class VneidRegistration implements ClientRegistrationRepository {

    static final String ID = "vneid";
    private static final Logger LOG = LoggerFactory.getLogger(VneidRegistration.class);

    private final String configuredIssuer;
    private final boolean simulator;
    private final String clientId;
    private final String clientSecret;
    private final ServerAddress address;
    private volatile ClientRegistration discovered;

    VneidRegistration(@Value("${motcua.vneid.issuer:}") String configuredIssuer,
            @Value("${motcua.vneid.simulator.enabled:true}") boolean simulator,
            @Value("${motcua.vneid.client-id}") String clientId, @Value("${motcua.vneid.client-secret}") String clientSecret,
            ServerAddress address) {
        this.configuredIssuer = configuredIssuer.strip();
        this.simulator = simulator;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.address = address;
    }

    /** Whether the portal offers the VNeID login at all. */
    public boolean offered() {
        return !configuredIssuer.isEmpty() || simulator;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        return ID.equals(registrationId) ? current().orElse(null) : null;
    }

    /** The registration, empty while the provider's discovery document cannot be read. */
    Optional<ClientRegistration> current() {
        if (discovered == null && offered()) {
            String issuer = configuredIssuer.isEmpty() ? address.of(VneidSimulator.PATH) : configuredIssuer;
            try {
                discovered = ClientRegistrations.fromOidcIssuerLocation(issuer).registrationId(ID).clientId(clientId)
                        .clientSecret(clientSecret).scope(OidcScopes.OPENID)
                        .redirectUri("{baseUrl}" + VneidLogin.CALLBACK).build();
            } catch (RuntimeException unreachable) {
                LOG.warn("VNeID's discovery document at {} cannot be read: {}", issuer, unreachable.toString());
            }
        }
        return Optional.ofNullable(discovered);
    }
}
