package vn.motcua.web.vneid;

import java.security.Principal;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.oauth2.server.authorization.InMemoryOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;

/**
 * The simulator's authorizations (codes and the tokens issued for them), in memory like the rest of the
 * simulator and at most {@link #KEPT}: the oldest is forgotten first, as a real provider lets codes and
 * tokens expire. In memory means one node: the demo's simulator is not shared between nodes.
 */
public final class SimulatorAuthorizations implements OAuth2AuthorizationService {

    public static final int KEPT = 10_000;

    private final InMemoryOAuth2AuthorizationService kept = new InMemoryOAuth2AuthorizationService();
    private final Set<String> oldestFirst = new LinkedHashSet<>();

    @Override
    public synchronized void save(OAuth2Authorization authorization) {
        kept.save(authorization);
        oldestFirst.add(authorization.getId());
        if (oldestFirst.size() > KEPT) {
            String oldest = oldestFirst.iterator().next();
            remove(kept.findById(oldest));
        }
    }

    @Override
    public synchronized void remove(OAuth2Authorization authorization) {
        kept.remove(authorization);
        oldestFirst.remove(authorization.getId());
    }

    @Override
    public synchronized OAuth2Authorization findById(String id) {
        return kept.findById(id);
    }

    @Override
    public synchronized OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
        return kept.findByToken(token, tokenType);
    }

    /** The simulator login an access token was issued for. */
    Optional<SimulatorLogin> loginOf(String accessToken) {
        return Optional.ofNullable(findByToken(accessToken, OAuth2TokenType.ACCESS_TOKEN))
                .map(a -> a.getAttribute(Principal.class.getName()))
                .filter(SimulatorLogin.class::isInstance).map(SimulatorLogin.class::cast);
    }
}
