package vn.motcua.feedback;

/** What a citizen sends about a public service. */
public enum FeedbackKind {
    /** Phản ánh: a report of how a service was (or was not) given. */
    FEEDBACK,
    /** Kiến nghị: a complaint or request that something be done or changed. */
    COMPLAINT
}
