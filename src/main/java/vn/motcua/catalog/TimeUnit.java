package vn.motcua.catalog;

/** The unit of a time limit (thời hạn giải quyết) as the announcement decisions state it. */
public enum TimeUnit implements Coded {
    WORKING_DAYS,
    DAYS,
    WORKING_HOURS
}
