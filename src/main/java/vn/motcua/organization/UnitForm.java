package vn.motcua.organization;

import vn.motcua.platform.InputLimits;
import vn.motcua.platform.Problems;

/** What an administrator types to create or change a unit; validated by {@link UnitDirectory}. */
public record UnitForm(String identifier, String name, String level, String kind, String parent, Boolean active,
        String postalAddress) {

    /** An unticked checkbox sends nothing: that means false. */
    public UnitForm {
        active = Boolean.TRUE.equals(active);
    }

    /** An empty form, for the "new unit" page. */
    public static UnitForm blank() {
        return new UnitForm("", "", UnitLevel.COMMUNE.name(), UnitKind.COMMUNE.name(), "", true, "");
    }

    public static UnitForm of(Unit unit) {
        return new UnitForm(unit.identifier(), unit.name(), unit.level().name(), unit.kind().name(),
                unit.parent() == null ? "" : unit.parent(), unit.active(),
                unit.postalAddress() == null ? "" : unit.postalAddress());
    }

    /** Records every field past its limit (README "Input limits"). */
    public Problems limits(Problems problems) {
        InputLimits.line(problems, "name", name, InputLimits.NAME);
        InputLimits.line(problems, "identifier", identifier, InputLimits.NAME);
        InputLimits.line(problems, "parent", parent, InputLimits.NAME);
        InputLimits.multiline(problems, "postalAddress", postalAddress, InputLimits.ADDRESS);
        return problems;
    }
}
