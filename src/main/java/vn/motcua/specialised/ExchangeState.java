package vn.motcua.specialised;

/** Where a dossier's exchange with a specialised system stands. */
public enum ExchangeState {
    /** Chờ gửi: to be sent (again after a failure, at its next attempt). */
    QUEUED,
    /** Đã gửi: the system took it; its answer is awaited. */
    SENT,
    /** Đã cấp: the system registered it; its certificate waits to be attached as the dossier's result. */
    REGISTERED,
    /** Bị từ chối: the system refused it, with its reason. */
    REFUSED,
    /** Đã trả kết quả: the certificate is the dossier's result. */
    ATTACHED
}
