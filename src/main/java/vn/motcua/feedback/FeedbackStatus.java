package vn.motcua.feedback;

/** Where a feedback item stands; only {@link FeedbackStateMachine} moves it. */
public enum FeedbackStatus {
    /** Mới tiếp nhận: the unit must accept or refuse it. */
    RECEIVED,
    /** Đang xử lý: accepted, to be answered. */
    ACCEPTED,
    /** Chờ bổ sung thông tin: the sender was asked for more information. */
    AWAITING_INFORMATION,
    /** Từ chối tiếp nhận, with reasons. */
    REFUSED,
    /** Đã trả lời: the answer must now be published. */
    ANSWERED,
    /** Đã công khai kết quả trả lời. */
    PUBLISHED;

    /** Nothing more for the unit to do: the sender may rate it or file again. */
    public boolean finished() {
        return this == REFUSED || this == ANSWERED || this == PUBLISHED;
    }
}
