package vn.motcua.identity;

import vn.motcua.platform.PasswordBytes;
import vn.motcua.platform.Problems;

/**
 * The password rules, the same at registration and at a change: long enough to resist guessing
 * (NIST SP 800-63B asks for length, not character classes), short enough for bcrypt (72 bytes in
 * UTF-8, {@link PasswordBytes}: fewer characters when they carry Vietnamese marks), not containing the
 * ID number, and typed twice alike.
 */
final class Passwords {

    static final int MIN_LENGTH = 8;
    static final int MAX_LENGTH = 64;

    private Passwords() {
    }

    static void check(String password, String confirmation, String idNumber, String field, Problems problems) {
        String typed = password == null ? "" : password;
        problems.when(typed.length() < MIN_LENGTH, field, "identity.password.tooShort", MIN_LENGTH);
        problems.when(typed.length() > MAX_LENGTH, field, "identity.password.tooLong", MAX_LENGTH);
        PasswordBytes.check(problems, field, typed);
        problems.when(!idNumber.isEmpty() && typed.contains(idNumber), field, "identity.password.containsId");
        problems.when(!typed.equals(confirmation), field + "Confirmation", "identity.password.mismatch");
    }
}
