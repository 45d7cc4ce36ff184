package vn.motcua.organization;

/** What a unit is, which decides what it does in the one-stop process. */
public enum UnitKind {
    /** Ủy ban nhân dân tỉnh: the root of the province. */
    PEOPLES_COMMITTEE,
    /** Trung tâm Phục vụ hành chính công: receives and returns dossiers of every procedure. */
    SERVICE_CENTRE,
    /** Sở, ban, ngành or a branch of a central agency: handles the procedures it is competent for. */
    DEPARTMENT,
    /** Ủy ban nhân dân xã/phường/đặc khu, with its own one-stop counter. */
    COMMUNE
}
