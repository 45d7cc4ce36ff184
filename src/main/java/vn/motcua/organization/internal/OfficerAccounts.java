package vn.motcua.organization.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import vn.motcua.organization.OfficerPrincipal;

/** Loads an officer for form login and HTTP Basic; the same message whether the name or password is wrong. */
@Service
class OfficerAccounts implements UserDetailsService {

    private final OfficerRepository officers;

    OfficerAccounts(OfficerRepository officers) {
        this.officers = officers;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return officers.find(username)
                .map(officer -> new OfficerPrincipal(officer, officers.passwordHash(username).orElseThrow()))
                .orElseThrow(() -> new UsernameNotFoundException("No such officer"));
    }
}
