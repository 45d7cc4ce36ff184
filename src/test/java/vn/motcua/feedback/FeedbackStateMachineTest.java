package vn.motcua.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The whole table of a feedback item's life, written from the rules, every status × action. */
class FeedbackStateMachineTest {

    @Test
    void everyStatusAndActionLeadsWhereTheRulesSayOrNowhere() {
        Map<FeedbackStatus, Map<FeedbackAction, FeedbackStatus>> expected = new EnumMap<>(FeedbackStatus.class);
        for (FeedbackStatus s : FeedbackStatus.values()) {
            expected.put(s, new EnumMap<>(FeedbackAction.class));
        }
        // Received: the unit accepts, asks for more (within 5 days) or refuses (within 2 days).
        expected.get(FeedbackStatus.RECEIVED).put(FeedbackAction.ACCEPT, FeedbackStatus.ACCEPTED);
        expected.get(FeedbackStatus.RECEIVED).put(FeedbackAction.ASK_FOR_INFORMATION, FeedbackStatus.AWAITING_INFORMATION);
        expected.get(FeedbackStatus.RECEIVED).put(FeedbackAction.REFUSE, FeedbackStatus.REFUSED);
        // Accepted: it may still need more information; then it is answered.
        expected.get(FeedbackStatus.ACCEPTED).put(FeedbackAction.ASK_FOR_INFORMATION, FeedbackStatus.AWAITING_INFORMATION);
        expected.get(FeedbackStatus.ACCEPTED).put(FeedbackAction.ANSWER, FeedbackStatus.ANSWERED);
        // Waiting for the sender: they add it (back to the unit, accepted), or the unit refuses.
        expected.get(FeedbackStatus.AWAITING_INFORMATION).put(FeedbackAction.ADD_INFORMATION, FeedbackStatus.ACCEPTED);
        expected.get(FeedbackStatus.AWAITING_INFORMATION).put(FeedbackAction.REFUSE, FeedbackStatus.REFUSED);
        // An answer is then published.
        expected.get(FeedbackStatus.ANSWERED).put(FeedbackAction.PUBLISH, FeedbackStatus.PUBLISHED);
        // Refused and published are final.

        for (FeedbackStatus status : FeedbackStatus.values()) {
            for (FeedbackAction action : FeedbackAction.values()) {
                assertThat(FeedbackStateMachine.next(status, action))
                        .as(status + " × " + action).isEqualTo(java.util.Optional.ofNullable(
                                expected.get(status).get(action)));
            }
            assertThat(FeedbackStateMachine.allowed(status)).as(status.name())
                    .containsExactlyInAnyOrderElementsOf(expected.get(status).keySet());
        }
    }

    @Test
    void onlyAddingInformationIsTheSendersAndOnlyAcceptAndPublishNeedNoText() {
        for (FeedbackAction action : FeedbackAction.values()) {
            assertThat(action.bySender()).as(action.name()).isEqualTo(action == FeedbackAction.ADD_INFORMATION);
            assertThat(action.needsText()).as(action.name())
                    .isEqualTo(action != FeedbackAction.ACCEPT && action != FeedbackAction.PUBLISH);
        }
    }

    @Test
    void theSenderMayRateAndRefileOnlyOnceTheUnitAnsweredOrRefused() {
        assertThat(FeedbackStatus.values()).filteredOn(FeedbackStatus::finished)
                .containsExactlyInAnyOrder(FeedbackStatus.REFUSED, FeedbackStatus.ANSWERED, FeedbackStatus.PUBLISHED);
    }
}
