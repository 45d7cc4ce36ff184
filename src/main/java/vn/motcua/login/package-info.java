/**
 * Logins (đăng nhập): how many times a password was wrong, and what follows from it. After a few
 * failures an account, or a client address, is slowed down (a growing wait before the next try),
 * after more it is locked for a while; a correct password typed while held is refused unchecked.
 * Every failure, every refusal and every lock an administrator lifts is written to an append-only
 * audit table.
 *
 * <p>Public face: {@link vn.motcua.login.LoginAttempts} (the holds, counting failures, lifting holds,
 * the audit), {@link vn.motcua.login.LoginGuard} (wraps a Spring Security authentication manager),
 * {@link vn.motcua.login.LoginSettings}
 * ({@code motcua.login.*}) and the value types. Storage lives in {@code internal}.
 *
 * <p>Why this shape: counters live in PostgreSQL, not in memory, so two application nodes count the
 * same failures and a restart forgets nothing. An unknown username is counted and answered exactly
 * like a known one, so the lock reveals no account. Only failures count and a success clears the
 * account's counter, so an officer who logs in all day is never held; a client address's counter is
 * not cleared by a success (an attacker could otherwise reset it with an account of their own) but
 * has looser thresholds, since a commune office shares one address. The module knows nothing of web
 * pages: the web layer turns {@link vn.motcua.login.LoginRefusedException} into a page or a 429.
 */
package vn.motcua.login;
