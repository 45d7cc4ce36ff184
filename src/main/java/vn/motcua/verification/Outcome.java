package vn.motcua.verification;

/** The verdict on a whole file; each has its plain explanation in the bundle {@code i18n/verification}. */
public enum Outcome {

    /** Every signature is valid and covers the file as it is. */
    VALID,
    /** The bytes are not a PDF at all. */
    NOT_PDF,
    /** It starts like a PDF but cannot be read (damaged, truncated or encrypted). */
    DAMAGED,
    /** A readable PDF without any signature: nothing proves who issued it. */
    NO_SIGNATURES,
    /** The signatures hold, but content was added after the last one: what was signed is not all there is. */
    CHANGED_AFTER_SIGNING,
    /** At least one signature fails; each says why. */
    INVALID;

    public String messageKey() {
        return "verification.outcome." + name();
    }
}
