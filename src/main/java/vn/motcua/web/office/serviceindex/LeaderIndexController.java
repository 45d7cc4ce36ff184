package vn.motcua.web.office.serviceindex;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import vn.motcua.index.DossierAtRisk;
import vn.motcua.index.EarlyWarning;
import vn.motcua.index.IndexQueries;
import vn.motcua.index.IndexReport;
import vn.motcua.organization.OfficerPrincipal;
import vn.motcua.organization.ProvinceCalendar;
import vn.motcua.organization.Unit;
import vn.motcua.organization.UnitDirectory;
import vn.motcua.platform.Problems;
import vn.motcua.web.FormErrors;
import vn.motcua.web.export.ExportFormat;
import vn.motcua.web.serviceindex.IndexTables;

/**
 * The leaders' view of the index: a unit's (or the province's) groups and criteria for a month,
 * quarter, year or range, each count leading to the dossiers behind it, and the early warning of
 * dossiers about to turn late this month with the points they would cost.
 */
@Controller
class LeaderIndexController {

    /** One working day: what a leader can still act on before the end of tomorrow's morning. */
    static final int DEFAULT_HORIZON_HOURS = 8;
    /** Two working weeks: further out, "about to be late" stops meaning anything. */
    static final int MAX_HORIZON_HOURS = 80;

    private final IndexQueries queries;
    private final UnitDirectory units;
    private final ProvinceCalendar calendar;
    private final IndexTables tables;
    private final DossierLinks dossierLinks;
    private final MessageSource messages;

    LeaderIndexController(IndexQueries queries, UnitDirectory units, ProvinceCalendar calendar, IndexTables tables,
            DossierLinks dossierLinks, MessageSource messages) {
        this.queries = queries;
        this.units = units;
        this.calendar = calendar;
        this.tables = tables;
        this.dossierLinks = dossierLinks;
        this.messages = messages;
    }

    @GetMapping("/office/index")
    String view(@AuthenticationPrincipal OfficerPrincipal officer, @ModelAttribute("form") IndexQuery form,
            Model model, Locale locale) {
        IndexScope scope = IndexScope.of(officer, form, today(), units);
        int hours = horizon(form.hours(), scope.problems());
        IndexReport report = queries.report(scope.unit(), scope.period().from(), scope.period().to());
        EarlyWarning warning = queries.earlyWarning(scope.unit(), Duration.ofHours(hours));
        model.addAttribute("scope", scope);
        model.addAttribute("links", scope.links());
        model.addAttribute("report", report);
        model.addAttribute("warning", warning);
        model.addAttribute("hours", hours);
        addAtRisk(model, officer, warning);
        model.addAttribute("units", scope.viewer().seesEveryUnit() ? rankedUnits() : List.of());
        model.addAttribute("errors", FormErrors.of(scope.problems(), messages, locale));
        return "office/service-index";
    }

    @GetMapping("/office/index/criteria.{format}")
    ResponseEntity<byte[]> criteria(@AuthenticationPrincipal OfficerPrincipal officer, @PathVariable String format,
            @ModelAttribute IndexQuery form, Locale locale) {
        ExportFormat chosen = ExportFormat.ofExtension(format);
        IndexScope scope = IndexScope.of(officer, form, today(), units);
        refuseIfAny(scope.problems());
        IndexReport report = queries.report(scope.unit(), scope.period().from(), scope.period().to());
        return chosen.download(tables.criteria(report, locale), scope.fileName("chi-so"));
    }

    /**
     * The early warning lists only the dossiers this officer may open, as the dossier page decides;
     * the others (another unit's for an administrator, imported history) are only counted, so the
     * points shown still add up.
     */
    private void addAtRisk(Model model, OfficerPrincipal officer, EarlyWarning warning) {
        Set<String> openable = dossierLinks.openable(officer, warning.atRisk().stream().map(DossierAtRisk::code).toList());
        List<DossierAtRisk> listed = warning.atRisk().stream().filter(d -> openable.contains(d.code())).toList();
        model.addAttribute("atRisk", listed);
        model.addAttribute("unlisted", warning.atRisk().size() - listed.size());
    }

    /** Units in the directory's order (province, departments and centre, communes), the province left out. */
    private List<Unit> rankedUnits() {
        return units.all().stream().filter(u -> u.parent() != null).toList();
    }

    private LocalDate today() {
        return calendar.now().toLocalDate();
    }

    static int horizon(String text, Problems problems) {
        if (text == null || text.isBlank()) {
            return DEFAULT_HORIZON_HOURS;
        }
        try {
            int hours = Integer.parseInt(text.strip());
            if (hours >= 1 && hours <= MAX_HORIZON_HOURS) {
                return hours;
            }
        } catch (NumberFormatException e) {
            // refused below, like a number out of range
        }
        problems.add("hours", "index.warning.hours.invalid", 1, MAX_HORIZON_HOURS);
        return DEFAULT_HORIZON_HOURS;
    }

    /** A download names its table by URL; a URL that names no period is a bad request, not a form to fix. */
    static void refuseIfAny(Problems problems) {
        if (!problems.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
    }
}
