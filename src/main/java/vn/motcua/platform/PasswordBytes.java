package vn.motcua.platform;

import java.nio.charset.StandardCharsets;

/**
 * bcrypt reads at most 72 bytes of a password: Spring Security 7's encoder refuses to hash a longer one
 * (an exception, a 500 if unchecked) and compares only its first 72 bytes at login. Characters are not bytes: a Vietnamese letter with its marks takes 2 or 3 bytes in
 * UTF-8, so 25 × "ế" (75 bytes) is over the limit while only 25 characters long. Every form that sets a
 * password checks it here; a login with a longer one simply fails.
 */
public final class PasswordBytes {

    /** bcrypt's limit, in UTF-8 bytes. */
    public static final int MAX = 72;
    /** About how many accented Vietnamese letters fit (3 bytes each), for the message. */
    public static final int MAX_ACCENTED_LETTERS = MAX / 3;

    private PasswordBytes() {
    }

    /** Whether bcrypt can hash all of the password. */
    public static boolean fit(CharSequence password) {
        return password == null || password.toString().getBytes(StandardCharsets.UTF_8).length <= MAX;
    }

    /** Records a problem on {@code field} when the password is over the limit. */
    public static Problems check(Problems problems, String field, String password) {
        return problems.when(!fit(password), field, "logins.password.tooManyBytes", MAX, MAX_ACCENTED_LETTERS);
    }
}
