package vn.motcua.delivery;

/**
 * Trạng thái bưu gửi: where a postal order stands, as the dossier side keeps it (DOCUMENTS.md: registered,
 * collecting, delivered, cancelled; "in transit" between collecting and delivered).
 */
public enum DeliveryState {
    /** Chờ gửi đơn: decided, not yet registered by VNPost (the order waits in the outbox). */
    ORDERING(0),
    /** Đã đăng ký: VNPost took the order and gave a tracking number. */
    REGISTERED(1),
    /** Đang thu gom: the postal worker is collecting the parcel. */
    COLLECTING(2),
    /** Đang vận chuyển, đang phát. */
    IN_TRANSIT(3),
    /** Phát thành công. */
    DELIVERED(4),
    /** Đã hủy: cancelled or sent back. */
    CANCELLED(5);

    private final int postCode;

    DeliveryState(int postCode) {
        this.postCode = postCode;
    }

    /**
     * VNPost's status code for this state in its status messages (callback and tracking). The published
     * integration guides name a code and a message only; this list is an assumption kept in this one place.
     */
    public int postCode() {
        return postCode;
    }

    public boolean finished() {
        return this == DELIVERED || this == CANCELLED;
    }

    /** The state a VNPost status code reports; empty for a code it does not know. */
    public static java.util.Optional<DeliveryState> ofPostCode(int code) {
        for (DeliveryState state : values()) {
            if (state != ORDERING && state.postCode == code) {
                return java.util.Optional.of(state);
            }
        }
        return java.util.Optional.empty();
    }
}
