package vn.motcua.feedback;

import static vn.motcua.feedback.FeedbackAction.ACCEPT;
import static vn.motcua.feedback.FeedbackAction.ADD_INFORMATION;
import static vn.motcua.feedback.FeedbackAction.ANSWER;
import static vn.motcua.feedback.FeedbackAction.ASK_FOR_INFORMATION;
import static vn.motcua.feedback.FeedbackAction.PUBLISH;
import static vn.motcua.feedback.FeedbackAction.REFUSE;
import static vn.motcua.feedback.FeedbackStatus.ACCEPTED;
import static vn.motcua.feedback.FeedbackStatus.ANSWERED;
import static vn.motcua.feedback.FeedbackStatus.AWAITING_INFORMATION;
import static vn.motcua.feedback.FeedbackStatus.PUBLISHED;
import static vn.motcua.feedback.FeedbackStatus.RECEIVED;
import static vn.motcua.feedback.FeedbackStatus.REFUSED;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one table of a feedback item's life (status × action → status). Refusing is possible until the
 * item is accepted, or while the information asked for does not come; a question may be asked before
 * or after accepting. Refused and published are final.
 */
public final class FeedbackStateMachine {

    private static final Map<FeedbackStatus, Map<FeedbackAction, FeedbackStatus>> TABLE = table();

    private FeedbackStateMachine() {
    }

    /** Where {@code action} takes an item in {@code status}; empty when it is not allowed there. */
    public static Optional<FeedbackStatus> next(FeedbackStatus status, FeedbackAction action) {
        return Optional.ofNullable(TABLE.get(status).get(action));
    }

    /** The actions allowed in {@code status}, in the order the office page offers them. */
    public static List<FeedbackAction> allowed(FeedbackStatus status) {
        return List.copyOf(TABLE.get(status).keySet());
    }

    private static Map<FeedbackStatus, Map<FeedbackAction, FeedbackStatus>> table() {
        Map<FeedbackStatus, Map<FeedbackAction, FeedbackStatus>> t = new EnumMap<>(FeedbackStatus.class);
        for (FeedbackStatus s : FeedbackStatus.values()) {
            t.put(s, new EnumMap<>(FeedbackAction.class));
        }
        t.get(RECEIVED).put(ACCEPT, ACCEPTED);
        t.get(RECEIVED).put(ASK_FOR_INFORMATION, AWAITING_INFORMATION);
        t.get(RECEIVED).put(REFUSE, REFUSED);
        t.get(ACCEPTED).put(ASK_FOR_INFORMATION, AWAITING_INFORMATION);
        t.get(ACCEPTED).put(ANSWER, ANSWERED);
        t.get(AWAITING_INFORMATION).put(ADD_INFORMATION, ACCEPTED);
        t.get(AWAITING_INFORMATION).put(REFUSE, REFUSED);
        t.get(ANSWERED).put(PUBLISH, PUBLISHED);
        return t;
    }
}
