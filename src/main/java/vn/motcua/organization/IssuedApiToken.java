package vn.motcua.organization;

/**
 * A token just issued, with its secret: the only moment the secret exists outside the client that
 * will use it. Show it once and drop it; it cannot be read back.
 *
 * @param token the token as listed from now on
 * @param secret what the client sends as {@code Authorization: Bearer <secret>}
 */
public record IssuedApiToken(ApiToken token, String secret) implements java.io.Serializable {

    /** Keeps the secret out of logs and error pages that print the record. */
    @Override
    public String toString() {
        return "IssuedApiToken[token=" + token + ", secret=…]";
    }
}
