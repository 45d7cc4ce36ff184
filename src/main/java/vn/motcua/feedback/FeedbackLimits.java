package vn.motcua.feedback;

/**
 * Thời hạn xử lý phản ánh, kiến nghị in whole working days (INDEX-766.md 6.1): refuse within 2 and
 * ask for more information within 5 of receipt, answer within 15, publish the answer within 2 of it.
 * The index keeps its own copy of these numbers in {@code IndexSettings}, since it measures against
 * the decision whatever a unit sets for itself; both default to the decision's.
 */
public record FeedbackLimits(int answer, int refuse, int askForInformation, int publish) {

    public static final FeedbackLimits DECISION_766 = new FeedbackLimits(15, 2, 5, 2);
}
