package vn.motcua.feedback;

/** Where a feedback item came in. */
public enum FeedbackChannel {
    /** The province's portal. */
    PORTAL,
    /** Cổng Dịch vụ công quốc gia, imported by an administrator. */
    NATIONAL_PORTAL
}
