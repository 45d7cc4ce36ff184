package vn.motcua.index;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Dữ kiện phản ánh, kiến nghị: one feedback item or complaint addressed to a unit (from the
 * feedback module).
 *
 * @param id its identifier
 * @param unit the unit that must handle it
 * @param receivedAt when it was received
 * @param outcome how it was handled; null while open
 * @param outcomeAt when; null while open
 * @param answerPublishedAt when the answer was made public; null while not
 * @param dissatisfied the sender rated the handling dissatisfied
 * @param refiled the sender filed it again
 */
public record FeedbackFacts(String id, String unit, LocalDateTime receivedAt, Outcome outcome, LocalDateTime outcomeAt,
        LocalDateTime answerPublishedAt, boolean dissatisfied, boolean refiled) {

    public FeedbackFacts {
        Objects.requireNonNull(receivedAt, "receivedAt");
        if ((outcome == null) != (outcomeAt == null)) {
            throw new IllegalArgumentException("An outcome needs its moment and a moment its outcome: " + id);
        }
    }

    /** How a feedback item was handled; each has its own time limit (IndexSettings). */
    public enum Outcome {
        /** Trả lời: answered; the answer must then be published. */
        ANSWERED,
        /** Từ chối tiếp nhận: refused. */
        REFUSED,
        /** Đề nghị bổ sung thông tin: the sender was asked for more information. */
        ASKED_FOR_INFORMATION
    }
}
