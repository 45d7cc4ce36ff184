package vn.motcua.organization;

/** What an administrator types to create or change a unit; validated by {@link UnitDirectory}. */
public record UnitForm(String identifier, String name, String level, String kind, String parent, boolean active) {

    /** An empty form, for the "new unit" page. */
    public static UnitForm blank() {
        return new UnitForm("", "", UnitLevel.COMMUNE.name(), UnitKind.COMMUNE.name(), "", true);
    }

    public static UnitForm of(Unit unit) {
        return new UnitForm(unit.identifier(), unit.name(), unit.level().name(), unit.kind().name(),
                unit.parent() == null ? "" : unit.parent(), unit.active());
    }
}
