package vn.motcua.nationalcatalog;

/** Where a national procedure stands against the province's catalog. */
public enum NationalStatus {
    /** Mới: listed nationally, not (yet) in the province's catalog. */
    NEW,
    /** Đã thay đổi: the national content differs from what the province's catalog took in. */
    CHANGED,
    /** Không đổi: the province's catalog is in step with it. */
    UNCHANGED
}
