package vn.motcua.organization;

/**
 * An officer (cán bộ, công chức) with one role in one unit. The password hash never leaves the module.
 *
 * @param username login name
 * @param fullName name shown on documents and tracking sheets
 * @param role what the officer does
 * @param unit identifier of the officer's unit
 * @param title job title (chức danh), printed on the tracking sheet
 * @param enabled false when the account is locked
 */
public record Officer(String username, String fullName, Role role, String unit, String title, boolean enabled)
        implements java.io.Serializable {
}
