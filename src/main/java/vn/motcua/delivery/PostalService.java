package vn.motcua.delivery;

import java.util.Optional;

/**
 * VNPost as the province reaches it (INTEGRATION.md, "Public postal service"): create an order (pick-up or
 * delivery), and track one by its order number. Status updates also come the other way, by callback.
 */
public interface PostalService {

    /**
     * Creates the order, or, when VNPost has one with that order number already, answers that one: a retry
     * is harmless.
     */
    Receipt order(PostalOrder order);

    /** What VNPost says now of the order; empty when it does not know it. */
    Optional<PostalStatus> track(String orderNumber);

    /**
     * VNPost's answer to an order.
     *
     * @param itemCode the tracking number
     * @param priceVnd the postage, in đồng
     */
    record Receipt(String itemCode, long priceVnd) {
    }

    /** A call that failed: VNPost unreachable, slow, failing or refusing; the caller tries again later. */
    class PostUnavailableException extends RuntimeException {

        public PostUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
