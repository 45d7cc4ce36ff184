package vn.motcua.web.vneid;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import vn.motcua.identity.VneidSimulator;
import vn.motcua.identity.VneidSimulator.DemoPerson;
import vn.motcua.identity.VneidSimulator.Misbehaviour;

/**
 * Who is logged in at the VNeID simulator, and how the simulator should then answer the portal. It lives in
 * the session under a key of its own: being logged in at the simulator is not being logged in at the portal.
 */
public final class SimulatorLogin extends AbstractAuthenticationToken {

    /** The simulator's login page. */
    public static final String PAGE = VneidSimulator.PATH + "/login";

    /** The simulator's login, apart from the applicant's and the officer's. */
    public static final SecurityContextRepository SESSIONS = sessions();

    /**
     * The provider's request that sent the citizen to the login page, kept under a key of its own so the
     * portal's and the office's saved pages are never taken for it.
     */
    public static final HttpSessionRequestCache SAVED = savedRequests();

    private final DemoPerson person;
    private final Misbehaviour misbehaviour;

    SimulatorLogin(DemoPerson person, Misbehaviour misbehaviour) {
        // The factor says when the person logged in: the ID token's auth_time.
        super(List.of(FactorGrantedAuthority.fromFactor("VNEID_SIMULATOR")));
        this.person = person;
        this.misbehaviour = misbehaviour;
        setAuthenticated(true);
    }

    public DemoPerson person() {
        return person;
    }

    public Misbehaviour misbehaviour() {
        return misbehaviour;
    }

    /** The subject of the ID token (sub). */
    @Override
    public String getName() {
        return person.subject();
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return person;
    }

    private static HttpSessionRequestCache savedRequests() {
        HttpSessionRequestCache saved = new HttpSessionRequestCache();
        saved.setSessionAttrName("MOTCUA_VNEID_SIMULATOR_SAVED_REQUEST");
        return saved;
    }

    private static SecurityContextRepository sessions() {
        HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();
        sessions.setSpringSecurityContextKey("MOTCUA_VNEID_SIMULATOR_SECURITY_CONTEXT");
        return new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(), sessions);
    }
}
