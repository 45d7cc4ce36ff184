package vn.motcua.feedback;

/** Mức độ hài lòng, the three answers the portal offers. */
public enum Satisfaction {
    /** Rất hài lòng. */
    VERY_SATISFIED,
    /** Hài lòng. */
    SATISFIED,
    /** Không hài lòng: what INDEX-766 criterion 6.3 counts against the unit. */
    DISSATISFIED
}
