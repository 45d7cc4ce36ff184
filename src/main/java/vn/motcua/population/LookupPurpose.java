package vn.motcua.population;

/** Why the population database was asked (mục đích tra cứu), as the log records it. */
public enum LookupPurpose {
    /** An officer receiving a dossier at the counter filled the applicant's details from it. */
    COUNTER_RECEPTION,
    /** A logged-in citizen starting a dossier on the portal had their details filled in. */
    PORTAL_PREFILL,
    /** An officer checked a dossier's applicant against it. */
    VERIFY_APPLICANT
}
