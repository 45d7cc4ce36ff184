package vn.motcua.web.portal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.ProcedureLevel;
import vn.motcua.catalog.ProcedureQuery;
import vn.motcua.catalog.ProcedureSummary;
import vn.motcua.index.ProcedureDemand;

/**
 * The portal's home page: the search box first, then the procedures people use most, the fields
 * (lĩnh vực) to browse, and where to get help.
 */
@Controller
class HomeController {

    /** Enough to cover most visits without pushing the fields below the fold on a phone. */
    static final int MOST_USED = 6;

    private final Catalog catalog;
    private final ProcedureDemand demand;

    HomeController(Catalog catalog, ProcedureDemand demand) {
        this.catalog = catalog;
        this.demand = demand;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("mostUsed", mostUsed());
        model.addAttribute("fields", catalog.fields());
        return "portal/home";
    }

    /**
     * The procedures with the most dossiers, still in force; topped up with commune procedures (what
     * most citizens come for) while the province has few dossiers, e.g. just after going live.
     */
    private List<ProcedureSummary> mostUsed() {
        Stream<ProcedureSummary> used = demand.mostUsed(MOST_USED).stream().map(catalog::findInForce)
                .flatMap(Optional::stream).map(ProcedureSummary::of);
        Stream<ProcedureSummary> commune = catalog.search(
                new ProcedureQuery(null, null, ProcedureLevel.COMMUNE, null, 1, MOST_USED)).items().stream();
        Map<String, ProcedureSummary> byCode = new LinkedHashMap<>();
        Stream.concat(used, commune).forEach(p -> byCode.putIfAbsent(p.code(), p));
        return byCode.values().stream().limit(MOST_USED).toList();
    }
}
