package vn.motcua.web.office;

import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.motcua.organization.ProvinceCalendar;
import vn.motcua.platform.InputLimits;
import vn.motcua.platform.Problems;
import vn.motcua.population.Lookup;
import vn.motcua.population.PopulationLookups;

/**
 * The population look-ups' log for supervisors and administrators (nhật ký tra cứu CSDL dân cư): who looked
 * whom up, for which dossier, why, when and with what outcome, newest first, {@link #SIZE} a page. Read only:
 * the log cannot be changed, by this page or by anyone.
 */
@Controller
@RequestMapping("/office/population-lookups")
class PopulationLogController {

    static final int SIZE = 50;
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    private final PopulationLookups lookups;
    private final ProvinceCalendar calendar;
    private final OfficeModel common;

    PopulationLogController(PopulationLookups lookups, ProvinceCalendar calendar, OfficeModel common) {
        this.lookups = lookups;
        this.calendar = calendar;
        this.common = common;
    }

    /** Pages count from 1. */
    @GetMapping
    String log(@RequestParam(defaultValue = "1") int page, Model model) {
        InputLimits.page(new Problems(), "page", page, 1).throwIfAny();
        long total = lookups.logSize();
        model.addAttribute("entries", lookups.log(page - 1, SIZE).stream().map(this::row).toList());
        model.addAttribute("page", page);
        model.addAttribute("total", total);
        model.addAttribute("hasNext", (long) page * SIZE < total);
        common.addNamesAndTime(model);
        return "office/population-lookups";
    }

    private Row row(Lookup l) {
        return new Row(FORMAT.format(l.lookedUpAt().atZone(calendar.calendar().workingHours().zone())), l.lookedUpBy(),
                l.purpose().name(), l.dossierCode(), l.procedureCode(), l.idNumber(), l.fullName(), l.outcome().name());
    }

    /** A log entry as the page shows it: its moment in the province's time. */
    record Row(String at, String by, String purpose, String dossierCode, String procedureCode, String idNumber,
            String fullName, String outcome) {
    }
}
