package vn.motcua.web.office;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.catalog.ApplicantType;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.dossier.DossierView;
import vn.motcua.identity.PersonalIdNumber;
import vn.motcua.organization.OfficerPrincipal;
import vn.motcua.organization.ProvinceCalendar;
import vn.motcua.population.DossierCheck;
import vn.motcua.population.PopulationLookups;
import vn.motcua.population.Verification;
import vn.motcua.web.HandlingOfficer;

/**
 * The applicant part of the office dossier page: whether the applicant was verified (VNeID, the population
 * database), the look-ups made for the dossier with their outcome ("not found — entered by hand"), and a button
 * to check a citizen applicant against the population database now. Any officer who may see the dossier may
 * check it; the look-up is logged under their name, for this dossier.
 */
@Controller
@RequestMapping("/office/dossiers/{code}/applicant-check")
class ApplicantCheckController {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final DossierQueries queries;
    private final PopulationLookups lookups;
    private final ProvinceCalendar calendar;

    ApplicantCheckController(DossierQueries queries, PopulationLookups lookups, ProvinceCalendar calendar) {
        this.queries = queries;
        this.lookups = lookups;
        this.calendar = calendar;
    }

    @PostMapping
    String check(@AuthenticationPrincipal OfficerPrincipal officer, @PathVariable String code,
            RedirectAttributes redirect) {
        DossierView dossier = queries.get(HandlingOfficer.of(officer), code);
        if (checkable(dossier)) {
            DossierCheck check = lookups.verify(officer.getUsername(), dossier.code(), dossier.procedureCode(),
                    dossier.applicant().idNumber(), dossier.applicant().name());
            redirect.addFlashAttribute("applicantChecked", check.outcome().name());
        }
        return "redirect:/office/dossiers/" + dossier.code() + "#applicant-check";
    }

    /**
     * Adds the panel's data: {@code applicantLines} (each verification, then each look-up that left the
     * applicant entered by hand) and {@code applicantCheckable}.
     */
    void addTo(Model model, DossierView dossier) {
        List<Verification> verifications = lookups.verifications(dossier.code());
        List<Line> lines = new ArrayList<>();
        verifications.forEach(v -> lines.add(new Line("population.dossier.verified." + v.source().name(),
                v.idNumber(), local(v.verifiedAt()))));
        lookups.checks(dossier.code()).stream().filter(c -> c.outcome().enteredByHand()).forEach(c -> lines.add(
                new Line("population.dossier.check." + c.outcome().name(), c.checkedBy(), local(c.checkedAt()))));
        model.addAttribute("applicantLines", lines);
        model.addAttribute("applicantCheckable", verifications.isEmpty() && checkable(dossier));
    }

    /**
     * One line of the panel.
     *
     * @param key its message, given {@code detail} (an ID number or an officer) and {@code at}
     */
    record Line(String key, String detail, String at) {
    }

    private String local(Instant instant) {
        return FORMAT.format(instant.atZone(calendar.calendar().workingHours().zone()));
    }

    /** A citizen applicant whose ID number can exist: the only ones the population database can answer for. */
    private static boolean checkable(DossierView dossier) {
        return dossier.applicant() != null && dossier.applicant().type() == ApplicantType.CITIZEN
                && PersonalIdNumber.isValid(dossier.applicant().idNumber());
    }
}
