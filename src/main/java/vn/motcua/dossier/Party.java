package vn.motcua.dossier;

import vn.motcua.organization.Role;

/** Who takes an action: the applicant, an officer in one of the handling roles, or a system. */
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
    SUPERVISOR,
    /**
     * An outside system acting on its own (the payment platform, the national portal, the postal service,
     * a scheduler): always with an idempotency key, through {@link DossierHandling#handleOnce}.
     */
    SYSTEM;

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
