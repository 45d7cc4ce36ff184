package vn.motcua.organization;

/** What an officer does in the system (DOMAIN.md §2). An officer has one role in one unit. */
public enum Role {
    /** Cán bộ một cửa: receives, checks, digitises, returns. */
    RECEPTION,
    /** Chuyên viên: appraises and drafts the result. */
    SPECIALIST,
    /** Lãnh đạo: approves or refuses, signs. */
    LEADER,
    /** Văn thư: numbers the result and applies the seal. */
    CLERK,
    /** Quản trị: catalog, units, officers, calendar. */
    ADMINISTRATOR,
    /** Giám sát: watches the index, rankings and late dossiers. */
    SUPERVISOR;

    /** The Spring Security authority of this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
