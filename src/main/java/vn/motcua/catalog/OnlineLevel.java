package vn.motcua.catalog;

/** Mức độ dịch vụ công trực tuyến (Decree 42/2022). */
public enum OnlineLevel implements Coded {
    /** Toàn trình: everything online, the result returned online or by post. */
    FULL,
    /** Một phần: anything short of that. */
    PARTIAL
}
