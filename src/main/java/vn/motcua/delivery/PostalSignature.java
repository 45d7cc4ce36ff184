package vn.motcua.delivery;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a VNPost callback proves where it comes from: header {@link #HEADER}, the lowercase hex HMAC-SHA256 of
 * the request body's bytes with the secret shared with VNPost.
 */
public final class PostalSignature {

    public static final String HEADER = "X-VNPost-Signature";

    private PostalSignature() {
    }

    public static String sign(byte[] body, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** Whether {@code signature} is that of {@code body}, compared in constant time. */
    public static boolean matches(byte[] body, String secret, String signature) {
        return signature != null && MessageDigest.isEqual(sign(body, secret).getBytes(StandardCharsets.US_ASCII),
                signature.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }
}
