package vn.motcua.web.office.serviceindex;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import vn.motcua.index.Criterion;
import vn.motcua.index.DrillDown;
import vn.motcua.index.DrillDownLine;
import vn.motcua.index.IndexDrillDown;
import vn.motcua.index.IndexQueries;
import vn.motcua.organization.OfficerPrincipal;
import vn.motcua.organization.ProvinceCalendar;
import vn.motcua.organization.UnitDirectory;
import vn.motcua.platform.NotFoundException;
import vn.motcua.web.export.ExportFormat;

/**
 * From one number of the leaders' view to the dossiers or procedures behind it, those losing points
 * first with the reason in words, paged; and all of them as a download.
 */
@Controller
class DrillDownController {

    static final int PAGE_SIZE = 25;

    private final IndexDrillDown drillDowns;
    private final IndexQueries queries;
    private final UnitDirectory units;
    private final ProvinceCalendar calendar;
    private final DrillDownRows rows;
    private final DossierLinks dossierLinks;

    DrillDownController(IndexDrillDown drillDowns, IndexQueries queries, UnitDirectory units, ProvinceCalendar calendar,
            DrillDownRows rows, DossierLinks dossierLinks) {
        this.drillDowns = drillDowns;
        this.queries = queries;
        this.units = units;
        this.calendar = calendar;
        this.rows = rows;
        this.dossierLinks = dossierLinks;
    }

    @GetMapping(IndexLinks.DRILL_DOWN)
    String drillDown(@AuthenticationPrincipal OfficerPrincipal officer, @ModelAttribute IndexQuery form, Model model,
            Locale locale) {
        IndexScope scope = IndexScope.of(officer, form, today(), units);
        LeaderIndexController.refuseIfAny(scope.problems());
        Criterion criterion = criterion(form.criterion());
        int page = page(form.page());
        DrillDown drillDown = drillDowns.of(scope.unit(), scope.period().from(), scope.period().to(), criterion,
                page - 1, PAGE_SIZE);
        List<String> codes = drillDown.lines().stream().map(DrillDownLine::code).toList();
        model.addAttribute("scope", scope);
        model.addAttribute("links", scope.links());
        model.addAttribute("drillDown", drillDown);
        model.addAttribute("score", queries.report(scope.unit(), scope.period().from(), scope.period().to())
                .criterion(criterion));
        model.addAttribute("rows", rows.rows(drillDown, criterion.basis() == Criterion.Basis.DOSSIERS
                ? dossierLinks.openable(officer, codes) : Set.of(), locale));
        model.addAttribute("page", page);
        model.addAttribute("pages", Math.max(1, (drillDown.total() + PAGE_SIZE - 1) / PAGE_SIZE));
        return "office/service-index-drill-down";
    }

    @GetMapping(IndexLinks.DRILL_DOWN + ".{format}")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal OfficerPrincipal officer, @PathVariable String format,
            @ModelAttribute IndexQuery form, Locale locale) {
        ExportFormat chosen = ExportFormat.ofExtension(format);
        IndexScope scope = IndexScope.of(officer, form, today(), units);
        LeaderIndexController.refuseIfAny(scope.problems());
        Criterion criterion = criterion(form.criterion());
        // One page as large as anything: every line, in the page's order.
        DrillDown all = drillDowns.of(scope.unit(), scope.period().from(), scope.period().to(), criterion, 0,
                Integer.MAX_VALUE);
        return chosen.download(rows.table(all, locale), scope.fileName("chi-tiet-" + criterion.id()));
    }

    private static Criterion criterion(String id) {
        try {
            return Criterion.ofId(id == null ? "" : id.strip());
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("index.criterion.unknown", id);
        }
    }

    /** Pages count from 1 in the address bar; a page that is not a number is the first. */
    private static int page(String text) {
        try {
            return Math.max(1, Integer.parseInt(text == null ? "1" : text.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private LocalDate today() {
        return calendar.now().toLocalDate();
    }
}
