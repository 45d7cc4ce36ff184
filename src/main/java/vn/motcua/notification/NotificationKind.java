package vn.motcua.notification;

import java.util.Set;
import java.util.stream.Stream;

/**
 * What a message is about, and the placeholders its templates may name ({@code {code}} …). Citizens
 * get the first six; officers the last two.
 */
public enum NotificationKind {
    /** Đã tiếp nhận: the receipt is issued. */
    RECEIVED(true, "applicant", "appointment", "fee", "link"),
    /** Yêu cầu bổ sung: the items asked for. */
    SUPPLEMENT_REQUESTED(true, "applicant", "items", "link"),
    /** Chờ nghĩa vụ tài chính: a fee is due before the result. */
    PAYMENT_REQUIRED(true, "applicant", "fee", "link"),
    /** Trễ hẹn: the apology's reason and the new appointment. */
    LATE(true, "applicant", "reason", "appointment", "link"),
    /** Đã có kết quả. */
    DONE(true, "applicant", "returnMethod", "link"),
    /** Đã trả kết quả. */
    RETURNED(true, "applicant", "link"),
    /** A step is handed to one officer. */
    ASSIGNED(false, "officer", "step", "deadline"),
    /** A step an officer holds is due within one working day. */
    STEP_DUE_SOON(false, "officer", "step", "deadline");

    private final boolean forApplicant;
    private final Set<String> placeholders;

    NotificationKind(boolean forApplicant, String... own) {
        this.forApplicant = forApplicant;
        this.placeholders = Set.copyOf(Stream.concat(Stream.of("code", "procedure"), Stream.of(own)).toList());
    }

    /** Told to the applicant; otherwise to an officer. */
    public boolean forApplicant() {
        return forApplicant;
    }

    /** The names a template of this kind may use between braces. */
    public Set<String> placeholders() {
        return placeholders;
    }
}
