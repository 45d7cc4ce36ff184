package vn.motcua.organization;

/**
 * A unit of the province (đơn vị): the People's Committee, the service centre, a department, or a
 * commune.
 *
 * @param identifier electronic identifier, unique and stable
 * @param name official Vietnamese name
 * @param level province or commune
 * @param kind what the unit is
 * @param parent identifier of the unit above it, null for the province itself
 * @param active false once the unit is dissolved (kept for history)
 * @param postalAddress where papers sent by post reach it (địa chỉ nhận hồ sơ qua bưu chính), null when not entered
 */
public record Unit(String identifier, String name, UnitLevel level, UnitKind kind, String parent, boolean active,
        String postalAddress) implements java.io.Serializable {
}
