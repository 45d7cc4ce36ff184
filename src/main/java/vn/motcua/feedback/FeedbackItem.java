package vn.motcua.feedback;

import java.time.Instant;
import java.util.List;

/**
 * Một phản ánh, kiến nghị as the unit and its sender see it. The secret that opens it is never here.
 *
 * @param code tracking code (mã tra cứu), e.g. {@code PAKN-261205-00001}
 * @param unit the competent unit's identifier: the dossier's, else the procedure's, else the province's
 *     service centre
 * @param accountId the sender's portal account, null when filed without one
 * @param clockStartedAt when the unit's time last started: receipt, or the information asked for arriving
 * @param outcomeAt when the unit last answered, refused or asked; null before
 * @param publishedQuestion the content as published, personal data hidden; null until published
 * @param publishedAnswer the answer as published, personal data hidden; null until published
 * @param refiledFrom the item this one files again, null for a first filing
 * @param refiled the sender filed this one again (6.2 counts it against the unit)
 * @param version increases with every change; an action names the version its author read
 */
public record FeedbackItem(String code, FeedbackKind kind, FeedbackStatus status, String unit, String dossierCode,
        String procedureCode, String senderName, String senderContact, Long accountId, String title, String content,
        FeedbackChannel channel, Instant receivedAt, Instant clockStartedAt, String asked, String information,
        String reason, String answer, String publishedQuestion, String publishedAnswer, Instant outcomeAt,
        Instant answeredAt, Instant publishedAt, Satisfaction rating, Instant ratedAt, String refiledFrom,
        boolean refiled, int version, List<Attachment> files, List<Step> steps) {

    /** A file the sender attached, as the upload recorded it. */
    public record Attachment(String sha256, String name, String mediaType, long size) {
    }

    /** One line of the item's history. */
    public record Step(FeedbackAction action, FeedbackStatus status, String actor, String note, Instant at) {
    }

    /** The sender may rate once the unit has answered or refused. */
    public boolean rateable() {
        return status.finished() && rating == null;
    }

    /** The sender may file again once the unit has answered or refused, once per item. */
    public boolean refileable() {
        return status.finished() && !refiled;
    }
}
