package vn.motcua.dossier;

/** Hình thức trả kết quả: how the applicant receives the result. */
public enum ReturnMethod {
    /** Tại bộ phận một cửa. */
    COUNTER,
    /** Qua dịch vụ bưu chính công ích, to the address given. */
    POST,
    /** Bản điện tử: the signed electronic result, downloaded and pushed to the data store. */
    ELECTRONIC
}
