package vn.motcua.dossier;

import vn.motcua.organization.Role;

/** Who takes an action: the applicant, or an officer in one of the handling roles. */
public enum Party {
    APPLICANT,
    RECEPTION,
    SPECIALIST,
    LEADER,
    CLERK,
    /**
     * Giám sát: sees every dossier of the province, read-only — no row of the status table names this
     * party, and each of its look-ups is logged.
     */
    SUPERVISOR;

    /** The party an officer of {@code role} acts as; administrators handle no dossier. */
    public static Party of(Role role) {
        return switch (role) {
            case RECEPTION -> RECEPTION;
            case SPECIALIST -> SPECIALIST;
            case LEADER -> LEADER;
            case CLERK -> CLERK;
            case SUPERVISOR -> SUPERVISOR;
            case ADMINISTRATOR -> null;
        };
    }
}
