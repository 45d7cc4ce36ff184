package vn.motcua.catalog;

/** Đối tượng thực hiện: who may apply. */
public enum ApplicantType implements Coded {
    /** Công dân Việt Nam, người nước ngoài: an individual. */
    CITIZEN,
    /** Doanh nghiệp, hợp tác xã, hộ kinh doanh. */
    BUSINESS,
    /** Cơ quan nhà nước. */
    AGENCY,
    /** Tổ chức: any other organisation. */
    ORGANISATION
}
