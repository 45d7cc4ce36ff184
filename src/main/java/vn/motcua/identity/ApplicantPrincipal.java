package vn.motcua.identity;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in applicant. Its one authority, {@code ROLE_APPLICANT}, is one no officer has, so no
 * officer page can accept it even if it reached one.
 */
public final class ApplicantPrincipal implements UserDetails, CredentialsContainer {

    public static final String ROLE = "APPLICANT";

    private final ApplicantAccount account;
    private String passwordHash;

    ApplicantPrincipal(ApplicantAccount account, String passwordHash) {
        this.account = account;
        this.passwordHash = passwordHash;
    }

    public ApplicantAccount account() {
        return account;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + ROLE));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return account.username();
    }

    /** The hash has done its work once the password is checked; the session need not keep it. */
    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
