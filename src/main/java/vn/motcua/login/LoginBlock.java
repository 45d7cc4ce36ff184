package vn.motcua.login;

import java.time.Instant;

/**
 * An account or a client address that is held now.
 *
 * @param subject the username as counted (trimmed, lower case) or the client address
 * @param failures failed logins counted since {@code firstFailure}
 * @param lastFailure the failure that started the current hold
 * @param until the first moment a login is checked again
 * @param locked true when the lock threshold was reached, false for a mere slowdown
 */
public record LoginBlock(LoginScope scope, String subject, int failures, Instant firstFailure, Instant lastFailure,
        Instant until, boolean locked) implements java.io.Serializable {
}
