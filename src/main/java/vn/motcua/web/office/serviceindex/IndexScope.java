package vn.motcua.web.office.serviceindex;

import java.time.LocalDate;
import vn.motcua.organization.OfficerPrincipal;
import vn.motcua.organization.Unit;
import vn.motcua.organization.UnitDirectory;
import vn.motcua.platform.Problems;

/**
 * What a request of the leaders' view looks at: whose index (checked against the viewer), which
 * period, and what was refused in the form.
 *
 * @param viewer who is looking
 * @param unit the unit shown, null for the province
 * @param unitName its name (the province's for null)
 * @param period the period shown
 * @param problems what the form got wrong (the default period is shown then)
 */
public record IndexScope(IndexViewer viewer, String unit, String unitName, PeriodChoice period, Problems problems) {

    public static IndexScope of(OfficerPrincipal officer, IndexQuery form, LocalDate today, UnitDirectory units) {
        IndexViewer viewer = IndexViewer.of(officer);
        String unit = viewer.unitToShow(form.unit(), units);
        Problems problems = new Problems();
        PeriodChoice period = PeriodChoice.of(form, today, problems);
        String name = unit == null
                ? units.all().stream().filter(u -> u.parent() == null).map(Unit::name).findFirst().orElse("")
                : units.get(unit).name();
        return new IndexScope(viewer, unit, name, period, problems);
    }

    public IndexLinks links() {
        return new IndexLinks(unit, period);
    }

    /** A name for downloaded files: ASCII, the unit (or "tinh") and the days. */
    String fileName(String what) {
        return what + "-" + (unit == null ? "tinh" : unit) + "-" + period.from() + "-" + period.to();
    }
}
