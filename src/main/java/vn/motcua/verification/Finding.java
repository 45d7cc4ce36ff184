package vn.motcua.verification;

/** Why one signature is or is not valid, the first that applies in this order; explained in {@code i18n/verification}. */
public enum Finding {

    /** The signed bytes were changed (or the signature's cryptography fails): the file is not what was signed. */
    MODIFIED,
    /** The signer's certificate (or one above it) was revoked. */
    REVOKED,
    /** The certificate does not lead to a root the province trusts. */
    UNTRUSTED,
    /** The certificate had expired, and nothing (a timestamp) proves the signature was made before. */
    EXPIRED,
    /** Whether the certificate was revoked could not be learnt (revocation service unreachable). */
    REVOCATION_UNKNOWN,
    /** Anything else the validation refused; the detailed report says what. */
    FAILED,
    /** Intact, trusted, not revoked, in its certificate's lifetime. */
    VALID;

    public String messageKey() {
        return "verification.finding." + name();
    }
}
