package vn.motcua.population;

/** What the gateway answered a look-up. */
public enum LookupOutcome {
    /** A citizen matched everything asked. */
    FOUND,
    /** No citizen matched (a wrong number, name or year, or a person the database does not hold). */
    NOT_FOUND,
    /** The gateway did not answer in time, or answered an error. */
    UNAVAILABLE
}
