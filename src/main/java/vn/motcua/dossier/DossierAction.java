package vn.motcua.dossier;

/** What someone does to a dossier; each is one row group of {@link DossierStateMachine}. */
public enum DossierAction {
    /** Nộp trực tuyến: the applicant submits online. */
    SUBMIT_ONLINE,
    /** Tiếp nhận trực tiếp: reception receives a walk-in (or postal) dossier and issues the receipt. */
    RECEIVE_AT_COUNTER,
    /** Tiếp nhận hồ sơ trực tuyến: reception accepts an online dossier as complete. */
    ACCEPT,
    /** Yêu cầu bổ sung: everything missing, listed at once; the clock pauses. */
    REQUEST_SUPPLEMENT,
    /** Bổ sung hồ sơ: the applicant brings or uploads what was missing; the clock resumes. */
    SUPPLEMENT,
    /** Từ chối tiếp nhận: not eligible, with reasons. */
    REFUSE,
    /** Rút hồ sơ: the applicant withdraws. */
    WITHDRAW,
    /** Phân công: hand the current step to one officer of its unit. */
    ASSIGN,
    /** Hoàn thành bước: finish the current step and hand over to the next. */
    COMPLETE_STEP,
    /** Trả lại bước trước: send the dossier back to an earlier step, with a reason. */
    SEND_BACK,
    /** Yêu cầu nghĩa vụ tài chính: the result waits for a fee or tax payment. */
    REQUIRE_PAYMENT,
    /** Ghi nhận đã thanh toán. */
    RECORD_PAYMENT,
    /** Xin lỗi, hẹn lại: the unit at fault records why it will be late and a new date. */
    APOLOGISE,
    /** Dừng xử lý, with reasons. */
    STOP,
    /** Hoàn thành: the result is ready (the last step before return is done). */
    MARK_DONE,
    /** Trả kết quả: at the counter, by post or electronically. */
    RETURN_RESULT
}
