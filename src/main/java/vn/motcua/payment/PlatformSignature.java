package vn.motcua.payment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * MaXacThuc, the platform's message authentication: the lowercase hex SHA-256 of the signed fields in
 * their order, each written as text (an absent one as nothing), joined with {@code |}, followed by
 * {@code |} and the partner's secret key (docs/payment-platform.md).
 */
public final class PlatformSignature {

    private PlatformSignature() {
    }

    public static String sign(List<String> fields, String secret) {
        String text = fields.stream().map(f -> Objects.toString(f, "")).collect(Collectors.joining("|")) + "|" + secret;
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Whether {@code signature} is that of {@code fields}, compared in constant time. */
    public static boolean matches(List<String> fields, String secret, String signature) {
        return signature != null && MessageDigest.isEqual(sign(fields, secret).getBytes(StandardCharsets.US_ASCII),
                signature.toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }
}
