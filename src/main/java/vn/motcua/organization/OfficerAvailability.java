package vn.motcua.organization;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.motcua.login.LoginAttempts;
import vn.motcua.login.LoginBlock;
import vn.motcua.login.LoginScope;

/**
 * Whether an officer can take work now: their account is enabled and their login is not locked after
 * failed passwords. Work held by an unavailable officer must not wait for them (issue 17): the unit's
 * inbox marks it and any eligible officer of the unit may take it.
 */
@Service
public class OfficerAvailability {

    private final OfficerDirectory officers;
    private final LoginAttempts logins;

    OfficerAvailability(OfficerDirectory officers, LoginAttempts logins) {
        this.officers = officers;
        this.logins = logins;
    }

    public boolean available(String username) {
        return officers.find(username).filter(Officer::enabled).isPresent()
                && !lockedLogins().contains(username.toLowerCase(Locale.ROOT));
    }

    /** Of {@code usernames}, those who cannot take work now; read once per page. */
    public Set<String> unavailable(Set<String> usernames) {
        Set<String> locked = lockedLogins();
        return usernames.stream()
                .filter(u -> locked.contains(u.toLowerCase(Locale.ROOT))
                        || officers.find(u).filter(Officer::enabled).isEmpty())
                .collect(Collectors.toSet());
    }

    /** Officers' accounts locked now (a slowdown is not a lock: the officer can still log in soon). */
    private Set<String> lockedLogins() {
        return logins.holds().stream().filter(h -> h.scope() == LoginScope.OFFICER && h.locked())
                .map(LoginBlock::subject).collect(Collectors.toSet());
    }
}
