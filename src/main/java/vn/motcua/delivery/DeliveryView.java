package vn.motcua.delivery;

import java.time.Instant;
import java.util.List;

/**
 * A postal order of a dossier as the pages show it.
 *
 * @param kind {@link Kind#PICKUP} or {@link Kind#RESULT}
 * @param itemCode the tracking number, null until VNPost registered the order
 * @param priceVnd the postage VNPost answered, null until then
 * @param codVnd what the postal worker collects on delivery
 * @param lastError why the last attempt to order failed, null when none did
 * @param states the states reached, with when VNPost reported them, in order
 */
public record DeliveryView(String orderNumber, String dossierCode, Kind kind, DeliveryState state, String itemCode,
        Long priceVnd, long codVnd, PostalParty receiver, int attempts, String lastError, Instant createdAt,
        List<Moment> states) {

    /** What the post carries. */
    public enum Kind {
        /** Thu gom hồ sơ: the dossier's papers, from the applicant to the receiving unit. */
        PICKUP,
        /** Phát kết quả: the result, from the unit to the applicant. */
        RESULT
    }

    /**
     * A state reached.
     *
     * @param source how it was learnt: ORDER (VNPost's answer), CALLBACK or POLL
     */
    public record Moment(DeliveryState state, Instant at, String source) {
    }
}
