package vn.motcua.web.office;

import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierSummary;
import vn.motcua.dossier.InboxPage;
import vn.motcua.dossier.InboxQuery;
import vn.motcua.organization.OfficerAvailability;
import vn.motcua.organization.OfficerPrincipal;
import vn.motcua.web.HandlingOfficer;

/** The officer's inbox (mine or my unit's, by deadline filter, status and procedure) and dossier search. */
@Controller
class InboxController {

    private final DossierQueries queries;
    private final OfficeModel common;
    private final OfficerAvailability availability;

    InboxController(DossierQueries queries, OfficeModel common, OfficerAvailability availability) {
        this.queries = queries;
        this.common = common;
        this.availability = availability;
    }

    @GetMapping("/office/inbox")
    String inbox(@AuthenticationPrincipal OfficerPrincipal officer,
            @RequestParam(defaultValue = "UNIT") InboxQuery.Scope scope,
            @RequestParam(defaultValue = "ALL") InboxQuery.Filter filter,
            @RequestParam(required = false) DossierStatus status,
            @RequestParam(required = false) String procedure,
            @RequestParam(defaultValue = "1") int page, Model model) {
        InboxQuery query = new InboxQuery(scope, filter, status,
                procedure == null || procedure.isBlank() ? null : procedure.strip(), page, InboxQuery.DEFAULT_SIZE);
        model.addAttribute("query", query);
        InboxPage inbox = queries.inbox(HandlingOfficer.of(officer), query);
        model.addAttribute("inbox", inbox);
        // Work held by a disabled or locked officer is marked, so the unit takes it instead of waiting (issue 17).
        model.addAttribute("unavailable", availability.unavailable(inbox.items().stream()
                .map(DossierSummary::currentAssignee).filter(Objects::nonNull).collect(Collectors.toSet())));
        model.addAttribute("scopes", InboxQuery.Scope.values());
        model.addAttribute("filters", InboxQuery.Filter.values());
        model.addAttribute("statuses", DossierStatus.values());
        common.addNamesAndTime(model);
        return "office/inbox";
    }

    @GetMapping("/office/search")
    String search(@AuthenticationPrincipal OfficerPrincipal officer, @RequestParam(defaultValue = "") String q,
            Model model) {
        model.addAttribute("q", q);
        model.addAttribute("results", queries.search(HandlingOfficer.of(officer), q));
        common.addNamesAndTime(model);
        return "office/search";
    }
}
