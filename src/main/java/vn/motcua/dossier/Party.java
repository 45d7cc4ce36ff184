package vn.motcua.dossier;

import vn.motcua.organization.Role;

/** Who takes an action: the applicant, or an officer in one of the handling roles. */
public enum Party {
    APPLICANT,
    RECEPTION,
    SPECIALIST,
    LEADER,
    CLERK;

    /** The party an officer of {@code role} acts as; administrators and supervisors handle no dossier. */
    public static Party of(Role role) {
        return switch (role) {
            case RECEPTION -> RECEPTION;
            case SPECIALIST -> SPECIALIST;
            case LEADER -> LEADER;
            case CLERK -> CLERK;
            case ADMINISTRATOR, SUPERVISOR -> null;
        };
    }
}
