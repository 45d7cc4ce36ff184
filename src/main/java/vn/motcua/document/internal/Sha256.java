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

    /** Refuses anything but 64 lower-case hex digits, which also keeps paths built from it inside the store. */
    static String require(String sha256) {
        if (sha256 == null || !HEX.matcher(sha256).matches()) {
            throw new IllegalArgumentException("Not a SHA-256 in lower-case hex: " + sha256);
        }
        return sha256;
    }
}
