package vn.motcua.index;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Quy tắc tính điểm có thể điều chỉnh: every rule of INDEX-766.md marked <i>(assumed)</i>, and the
 * thresholds and time windows the portal may change, as named values an administrator can set.
 * {@link #defaults()} gives the spec's values.
 *
 * @param emptyDenominatorGivesFullPoints a criterion with nothing to count (no dossier, no
 *        procedure) scores its maximum; else zero (assumed)
 * @param noFeedbackGivesFullPoints 6.1 and 6.2 score their maximum when the unit has no feedback
 *        item due in the period; else zero (assumed). Replaces the previous rule for those two.
 * @param onlinePaymentFullAt 4.2 and 4.3: the share at which they score full; the spec's
 *        {@code min(2, 2.5·B)} is {@code 2 × min(1, B ÷ 0.8)}
 * @param reuseFullAt 5.4: the share of reuse that scores full (0.8)
 * @param dossierSatisfactionFullAt 6.3: the ratio that scores full (0.9)
 * @param announcementLeadWorkingDays 1.1: an announcement decision must be dated at least this
 *        many working days before the legal basis takes effect (5)
 * @param publicationWorkingDays 1.2: a procedure must be on the national catalog within this many
 *        working days of its announcement decision (5)
 * @param feedbackAnswerWorkingDays 6.1: working days to answer a feedback item (15)
 * @param feedbackRefuseWorkingDays 6.1: working days to refuse one (2)
 * @param feedbackAskMoreWorkingDays 6.1: working days to ask the sender for more information (5)
 * @param feedbackPublishWorkingDays 6.1: working days from an answer to its publication (2)
 */
public record IndexSettings(boolean emptyDenominatorGivesFullPoints, boolean noFeedbackGivesFullPoints,
        BigDecimal onlinePaymentFullAt, BigDecimal reuseFullAt, BigDecimal dossierSatisfactionFullAt,
        int announcementLeadWorkingDays, int publicationWorkingDays, int feedbackAnswerWorkingDays,
        int feedbackRefuseWorkingDays, int feedbackAskMoreWorkingDays, int feedbackPublishWorkingDays) {

    public IndexSettings {
        requireShare(onlinePaymentFullAt, "onlinePaymentFullAt");
        requireShare(reuseFullAt, "reuseFullAt");
        requireShare(dossierSatisfactionFullAt, "dossierSatisfactionFullAt");
        requireDays(announcementLeadWorkingDays, "announcementLeadWorkingDays");
        requireDays(publicationWorkingDays, "publicationWorkingDays");
        requireDays(feedbackAnswerWorkingDays, "feedbackAnswerWorkingDays");
        requireDays(feedbackRefuseWorkingDays, "feedbackRefuseWorkingDays");
        requireDays(feedbackAskMoreWorkingDays, "feedbackAskMoreWorkingDays");
        requireDays(feedbackPublishWorkingDays, "feedbackPublishWorkingDays");
    }

    /** The values of INDEX-766.md. */
    public static IndexSettings defaults() {
        return new IndexSettings(true, true, new BigDecimal("0.8"), new BigDecimal("0.8"), new BigDecimal("0.9"),
                5, 5, 15, 2, 5, 2);
    }

    public IndexSettings withEmptyDenominatorGivesFullPoints(boolean value) {
        return new IndexSettings(value, noFeedbackGivesFullPoints, onlinePaymentFullAt, reuseFullAt,
                dossierSatisfactionFullAt, announcementLeadWorkingDays, publicationWorkingDays,
                feedbackAnswerWorkingDays, feedbackRefuseWorkingDays, feedbackAskMoreWorkingDays,
                feedbackPublishWorkingDays);
    }

    public IndexSettings withNoFeedbackGivesFullPoints(boolean value) {
        return new IndexSettings(emptyDenominatorGivesFullPoints, value, onlinePaymentFullAt, reuseFullAt,
                dossierSatisfactionFullAt, announcementLeadWorkingDays, publicationWorkingDays,
                feedbackAnswerWorkingDays, feedbackRefuseWorkingDays, feedbackAskMoreWorkingDays,
                feedbackPublishWorkingDays);
    }

    /** A threshold divides the ratio, so it must lie in (0, 1]: 1 means plain {@code max × ratio}. */
    private static void requireShare(BigDecimal share, String name) {
        Objects.requireNonNull(share, name);
        if (share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException(name + " must be in (0, 1]: " + share);
        }
    }

    private static void requireDays(int days, String name) {
        if (days < 0) {
            throw new IllegalArgumentException(name + " must not be negative: " + days);
        }
    }
}
