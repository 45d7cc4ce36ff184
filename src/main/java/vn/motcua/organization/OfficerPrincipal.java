package vn.motcua.organization;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in officer: who they are, their role, and the one unit whose dossiers they may see.
 * Other modules read the unit from here to enforce "an officer acts on their own unit only".
 */
public final class OfficerPrincipal implements UserDetails, CredentialsContainer {

    private static final long serialVersionUID = 1L;

    private final Officer officer;
    private String passwordHash;

    public OfficerPrincipal(Officer officer, String passwordHash) {
        this.officer = officer;
        this.passwordHash = passwordHash;
    }

    public Officer officer() {
        return officer;
    }

    public String unit() {
        return officer.unit();
    }

    public Role role() {
        return officer.role();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(officer.role().authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return officer.username();
    }

    /** Once the login is checked the hash is forgotten: the principal lives on in the shared session table. */
    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean isEnabled() {
        return officer.enabled();
    }
}
