package vn.motcua.feedback;

/** How the unit's list orders an item: overdue first, then near its limit, then the others. */
public enum Urgency {
    /** Quá hạn: the limit's last day is over. */
    OVERDUE,
    /** Sắp đến hạn: the limit's last day is today or the next working day. */
    NEAR,
    /** Còn hạn. */
    IN_TIME,
    /** Nothing for the unit to do now (the sender's turn, or finished). */
    NONE
}
