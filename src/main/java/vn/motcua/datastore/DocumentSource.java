package vn.motcua.datastore;

/** Where a stored document came from (nguồn). */
public enum DocumentSource {
    /** Kết quả giải quyết: a signed result of a dossier. */
    RESULT,
    /** Thành phần hồ sơ đã số hóa: a component digitised at reception. */
    DIGITISED,
    /** Bản sao điện tử chứng thực từ bản chính. */
    CERTIFIED_COPY,
    /** Kho dữ liệu quốc gia: taken from the national data store. */
    NATIONAL_STORE
}
