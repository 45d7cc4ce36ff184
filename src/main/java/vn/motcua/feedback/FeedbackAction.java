package vn.motcua.feedback;

/** What someone does to a feedback item; the sender does one of them, the unit's officers the others. */
public enum FeedbackAction {
    /** Tiếp nhận. */
    ACCEPT(false),
    /** Đề nghị bổ sung thông tin: needs the question asked. */
    ASK_FOR_INFORMATION(false),
    /** Bổ sung thông tin: the sender answers the question; the unit's time starts again. */
    ADD_INFORMATION(true),
    /** Từ chối tiếp nhận: needs the reasons. */
    REFUSE(false),
    /** Trả lời: needs the answer. */
    ANSWER(false),
    /** Công khai kết quả trả lời, personal data hidden. */
    PUBLISH(false);

    private final boolean bySender;

    FeedbackAction(boolean bySender) {
        this.bySender = bySender;
    }

    /** Done by the sender, not by an officer. */
    public boolean bySender() {
        return bySender;
    }

    /** The action needs a text: the question, the reasons, the answer, the information. */
    public boolean needsText() {
        return this != ACCEPT && this != PUBLISH;
    }
}
