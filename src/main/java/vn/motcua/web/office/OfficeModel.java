package vn.motcua.web.office;

import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.motcua.organization.Officer;
import vn.motcua.organization.OfficerDirectory;
import vn.motcua.organization.ProvinceCalendar;
import vn.motcua.organization.Unit;
import vn.motcua.organization.UnitDirectory;

/** What the dossier pages need to show people and units by name and deadlines against the local time. */
@Component
class OfficeModel {

    private final UnitDirectory units;
    private final OfficerDirectory officers;
    private final ProvinceCalendar calendar;

    OfficeModel(UnitDirectory units, OfficerDirectory officers, ProvinceCalendar calendar) {
        this.units = units;
        this.officers = officers;
        this.calendar = calendar;
    }

    /** Adds {@code now} (local time), {@code unitNames} and {@code officerNames}. */
    void addNamesAndTime(Model model) {
        model.addAttribute("now", calendar.now());
        model.addAttribute("unitNames", units.all().stream().collect(Collectors.toMap(Unit::identifier, Unit::name)));
        model.addAttribute("officerNames", officerNames());
    }

    private Map<String, String> officerNames() {
        return officers.all().stream().collect(Collectors.toMap(Officer::username, Officer::fullName));
    }
}
