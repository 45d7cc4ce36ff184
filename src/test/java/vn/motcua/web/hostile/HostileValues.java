package vn.motcua.web.hostile;

import java.util.List;

/**
 * What an attacker types into every field: control characters, a 100,000-character string, numbers out
 * of range or of the wrong kind, an unknown choice. One value at a time in every field of a request keeps
 * the number of calls linear (no cartesian product) and each refusal easy to read.
 */
final class HostileValues {

    static final String LONG = "x".repeat(100_000);

    /** Values for form fields, query and path parameters and JSON strings. */
    static final List<String> TEXTS = List.of("\u0000", "a\u0001b\u001b[31m", LONG, "-1", "99999999999999999999",
            "1.9", "NO_SUCH_VALUE", "99999-12-31");

    /**
     * Values no field accepts, so that they may go into one field of a form otherwise filled as the page
     * filled it, reaching past the other checks without ever saving anything.
     */
    static final List<String> ALWAYS_REFUSED = List.of("\u0000", LONG);

    /** Raw JSON tokens for numbers: negative, overflowing, fractional, null, a string. */
    static final List<String> NUMBER_TOKENS = List.of("-1", "99999999999999999999", "1.9", "null", "\"x\"", "1e400");

    /** Bodies that are not JSON of any schema. */
    static final List<String> MALFORMED_BODIES = List.of("{", "[", "nul", "{\"a\":1}}", "", "[null]", "\"\u0000\"",
            "{\"version\": 1.9}", hugeArray());

    private HostileValues() {
    }

    private static String hugeArray() {
        return "[" + String.join(",", java.util.Collections.nCopies(100_000, "null")) + "]";
    }
}
