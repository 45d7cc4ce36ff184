package vn.motcua.login;

import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import vn.motcua.platform.InputLimits;

/**
 * The authentication manager of one login door, in front of the one that checks passwords. A held
 * account or address is refused before its password is hashed, so a lock costs the server nothing
 * and a right guess during it is worth nothing. Every other failure is answered as a wrong password,
 * so neither an unknown nor a disabled account shows through.
 */
public final class LoginGuard implements AuthenticationManager {

    private final LoginAttempts attempts;
    private final LoginScope accounts;
    private final AuthenticationManager checker;

    /**
     * @param attempts the Spring bean (its transactions hold the counters' row locks)
     * @param accounts {@link LoginScope#OFFICER} or {@link LoginScope#APPLICANT}: the door's accounts
     * @param checker the authentication manager that checks the password
     */
    public LoginGuard(LoginAttempts attempts, LoginScope accounts, AuthenticationManager checker) {
        if (!accounts.isAccount()) {
            throw new IllegalArgumentException("A login door guards accounts, not " + accounts);
        }
        this.attempts = attempts;
        this.accounts = accounts;
        this.checker = checker;
    }

    @Override
    public Authentication authenticate(Authentication login) {
        String username = login.getName();
        String client = login.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        attempts.refusal(accounts, username, client).ifPresent(refusal -> {
            throw refusal;
        });
        if (!couldBeAnAccount(username)) {
            throw failed(username, client, LoginEvent.UNKNOWN_ACCOUNT, new UsernameNotFoundException("Not a name"));
        }
        try {
            Authentication done = checker.authenticate(login);
            attempts.succeeded(accounts, username);
            return done;
        } catch (UsernameNotFoundException e) {
            throw failed(username, client, LoginEvent.UNKNOWN_ACCOUNT, e);
        } catch (AccountStatusException e) {
            throw failed(username, client, LoginEvent.DISABLED_ACCOUNT, e);
        } catch (BadCredentialsException e) {
            throw failed(username, client, LoginEvent.BAD_PASSWORD, e);
        }
    }

    /**
     * No account is named with control characters or past {@link InputLimits#NAME} characters; such a
     * name is not looked up at all (PostgreSQL refuses a NUL in a query, which would end in a 500).
     */
    private static boolean couldBeAnAccount(String username) {
        return username != null && username.length() <= InputLimits.NAME
                && username.chars().noneMatch(Character::isISOControl);
    }

    private AuthenticationException failed(String username, String client, LoginEvent reason,
            AuthenticationException cause) {
        attempts.failed(accounts, username, client, reason);
        return new BadCredentialsException("Bad credentials", cause);
    }
}
