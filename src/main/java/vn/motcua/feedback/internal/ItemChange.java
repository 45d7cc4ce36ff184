package vn.motcua.feedback.internal;

import java.time.Instant;
import vn.motcua.feedback.FeedbackItem;
import vn.motcua.feedback.FeedbackStatus;
import vn.motcua.feedback.Satisfaction;

/** The handling fields of an item being changed: set what changes, then {@link #item()}. */
public final class ItemChange {

    private final FeedbackItem before;
    public FeedbackStatus status;
    public Instant clockStartedAt;
    public String asked;
    public String information;
    public String reason;
    public String answer;
    public String publishedQuestion;
    public String publishedAnswer;
    public Instant outcomeAt;
    public Instant answeredAt;
    public Instant publishedAt;
    public Satisfaction rating;
    public Instant ratedAt;
    public boolean refiled;

    public ItemChange(FeedbackItem before) {
        this.before = before;
        status = before.status();
        clockStartedAt = before.clockStartedAt();
        asked = before.asked();
        information = before.information();
        reason = before.reason();
        answer = before.answer();
        publishedQuestion = before.publishedQuestion();
        publishedAnswer = before.publishedAnswer();
        outcomeAt = before.outcomeAt();
        answeredAt = before.answeredAt();
        publishedAt = before.publishedAt();
        rating = before.rating();
        ratedAt = before.ratedAt();
        refiled = before.refiled();
    }

    public FeedbackItem item() {
        FeedbackItem b = before;
        return new FeedbackItem(b.code(), b.kind(), status, b.unit(), b.dossierCode(), b.procedureCode(),
                b.senderName(), b.senderContact(), b.accountId(), b.title(), b.content(), b.channel(), b.receivedAt(),
                clockStartedAt, asked, information, reason, answer, publishedQuestion, publishedAnswer, outcomeAt,
                answeredAt, publishedAt, rating, ratedAt, b.refiledFrom(), refiled, b.version(), b.files(), b.steps());
    }
}
