package vn.motcua.web;

import org.springframework.util.unit.DataSize;

/**
 * A request body went past its cap while it was read. Unchecked on purpose: JSON readers wrap an
 * {@code IOException} into "unreadable body", and the caller deserves to hear that it was too large.
 */
public class BodyTooLargeException extends RuntimeException {

    private final transient DataSize limit;

    BodyTooLargeException(DataSize limit) {
        super("The request body exceeds its limit of " + limit.toBytes() + " bytes");
        this.limit = limit;
    }

    /** The cap in whole megabytes, as users are told it (at least 1). */
    public long limitMegabytes() {
        return Math.max(1, limit.toMegabytes());
    }
}
