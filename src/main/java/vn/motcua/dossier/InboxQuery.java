package vn.motcua.dossier;

/**
 * What an officer's inbox shows: their own dossiers or their unit's, narrowed by a filter, a status or
 * a procedure, sorted by the current step's deadline (soonest first), one page at a time.
 *
 * @param scope the officer's own dossiers or the whole unit's
 * @param filter all, due today, late, or at risk of becoming late
 * @param status only this status, or null
 * @param procedureCode only this procedure, or null
 * @param page from 1
 * @param size lines per page, 1–100
 */
public record InboxQuery(Scope scope, Filter filter, DossierStatus status, String procedureCode, int page, int size) {

    public static final int DEFAULT_SIZE = 20;

    public InboxQuery {
        scope = scope == null ? Scope.UNIT : scope;
        filter = filter == null ? Filter.ALL : filter;
        page = Math.max(page, 1);
        size = size <= 0 ? DEFAULT_SIZE : Math.min(size, 100);
    }

    /** Whose dossiers. */
    public enum Scope {
        /** Assigned to me. */
        MINE,
        /** Waiting at my unit, whoever holds them. */
        UNIT
    }

    /** Which of them, by deadline. */
    public enum Filter {
        ALL,
        /** The current step is due today. */
        DUE_TODAY,
        /** The current step's deadline has passed. */
        LATE,
        /** Not late yet, but due within the next working day. */
        AT_RISK
    }
}
