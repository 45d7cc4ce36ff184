package vn.motcua.catalog;

/** Cách thức thực hiện: how an applicant may submit a dossier. */
public enum SubmissionMethod implements Coded {
    /** Trực tiếp: at the one-stop counter. */
    COUNTER,
    /** Trực tuyến: through the public service portal. */
    ONLINE,
    /** Qua dịch vụ bưu chính công ích. */
    POST
}
