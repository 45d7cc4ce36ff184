package vn.motcua.login;

import java.time.Instant;

/**
 * One line of the login audit (nhật ký đăng nhập).
 *
 * @param username the username typed (or the account unlocked); null when a client address was unlocked
 * @param client the client address the attempt came from (or the address unlocked)
 * @param actor the administrator who lifted a hold; null for failures
 */
public record LoginAuditEntry(long id, Instant at, LoginEvent event, LoginScope scope, String username,
        String client, String actor) {
}
