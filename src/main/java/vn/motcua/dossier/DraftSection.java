package vn.motcua.dossier;

/** The parts of an online submission a draft collects, in the order the portal asks for them. */
public enum DraftSection {
    /** Who is applying. */
    APPLYING,
    /** The applicant's (and submitter's) details. */
    APPLICANT,
    /** The dossier components: uploaded, sent by post or not needed. */
    COMPONENTS,
    /** How the result is returned and which counter receives the dossier. */
    RESULT
}
