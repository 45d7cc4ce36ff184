package vn.motcua.organization;

/** What an administrator types to create or change a unit; validated by {@link UnitDirectory}. */
public record UnitForm(String identifier, String name, String level, String kind, String parent, Boolean active) {

    /** An unticked checkbox sends nothing: that means false. */
    public UnitForm {
        active = Boolean.TRUE.equals(active);
    }

    /** An empty form, for the "new unit" page. */
    public static UnitForm blank() {
        return new UnitForm("", "", UnitLevel.COMMUNE.name(), UnitKind.COMMUNE.name(), "", true);
    }

    public static UnitForm of(Unit unit) {
        return new UnitForm(unit.identifier(), unit.name(), unit.level().name(), unit.kind().name(),
                unit.parent() == null ? "" : unit.parent(), unit.active());
    }
}
