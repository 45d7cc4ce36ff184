package vn.motcua.document.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.regex.Pattern;

/** SHA-256, the identity of a stored file. */
final class Sha256 {

    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    private Sha256() {
    }

    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** True for 64 lower-case hex digits, the only form a stored file's name takes. */
    static boolean matches(String value) {
        return value != null && HEX.matcher(value).matches();
    }

    /** Refuses anything but 64 lower-case hex digits, which also keeps paths built from it inside the store. */
    static String require(String sha256) {
        if (!matches(sha256)) {
            throw new IllegalArgumentException("Not a SHA-256 in lower-case hex: " + sha256);
        }
        return sha256;
    }
}
