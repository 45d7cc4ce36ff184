package vn.motcua.result;

/** What a certificate of the PKI is for; message keys {@code pki.role.*} end in the constant's name. */
public enum CertificateRole {
    /** The root every chain ends at (RootCA chuyên dùng Chính phủ). */
    ROOT,
    /** The government CA under it that issues everything else (CA phục vụ các cơ quan Nhà nước). */
    CA,
    /** The timestamp authority (dịch vụ cấp dấu thời gian), extended key usage timeStamping. */
    TSA,
    /** A unit's seal (con dấu của cơ quan): the holder is the unit's code. */
    UNIT_SEAL,
    /** A leader's personal signing certificate: the holder is the officer's username. */
    PERSONAL
}
