package vn.motcua.dossier;

/**
 * Trạng thái hồ sơ, with the national portal's codes (TrangThaiHoSo), the external vocabulary.
 */
public enum DossierStatus {
    /** Mới: submitted online, not yet checked by reception. */
    NEW(1),
    /** Đã tiếp nhận: receipt issued, the clock runs. */
    RECEIVED(2),
    /** Từ chối: reception refused it, with reasons. */
    REFUSED(3),
    /** Đang xử lý: in the internal process. */
    PROCESSING(4),
    /** Yêu cầu bổ sung: waiting for the applicant; the clock is paused. */
    SUPPLEMENT_REQUESTED(5),
    /** Chờ thực hiện nghĩa vụ tài chính: waiting for a fee or tax payment. */
    FINANCIAL_OBLIGATION(6),
    /** Rút hồ sơ: the applicant withdrew it. */
    WITHDRAWN(7),
    /** Dừng xử lý: stopped by the authority, with reasons. */
    STOPPED(8),
    /** Đã có kết quả: result ready, not yet handed over. */
    DONE(9),
    /** Đã trả kết quả: result delivered. */
    RETURNED(10);

    private final int code;

    DossierStatus(int code) {
        this.code = code;
    }

    /** The national portal's status code, 1–10. */
    public int code() {
        return code;
    }

    /** No action may be taken any more (withdrawn, refused, stopped or returned). */
    public boolean closed() {
        return this == REFUSED || this == WITHDRAWN || this == STOPPED || this == RETURNED;
    }

    /** The applicant holds the dossier: its clock does not run. */
    public boolean waitingForApplicant() {
        return this == SUPPLEMENT_REQUESTED;
    }

    public static DossierStatus ofCode(int code) {
        for (DossierStatus status : values()) {
            if (status.code == code) {
                return status;
            }
        }
        throw new IllegalArgumentException("No dossier status " + code);
    }
}
