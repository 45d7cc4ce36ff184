package vn.motcua.web.office;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.motcua.catalog.ApplicantType;
import vn.motcua.dossier.DossierView;
import vn.motcua.organization.OfficerPrincipal;
import vn.motcua.population.LookupOrder;
import vn.motcua.population.LookupPurpose;
import vn.motcua.population.LookupResult;
import vn.motcua.population.PopulationGateway.Citizen;
import vn.motcua.population.PopulationLookups;

/**
 * The counter reception's "ID number → look up" step: the officer types the applicant's ID number, the
 * population database's answer fills the applicant in (a citizen, their name, their current residence as
 * the address) and shows their residences and home town. Not found, or the gateway down: the form says so
 * and stays as typed; the officer goes on by hand and the dossier records it.
 */
@Component
class CounterPopulationLookup {

    private final PopulationLookups lookups;

    CounterPopulationLookup(PopulationLookups lookups) {
        this.lookups = lookups;
    }

    /**
     * The form after a look-up of its applicant's ID number; the model gets {@code population} (the result)
     * and {@code populationLookup} (its number, for the form's hidden field).
     *
     * @throws vn.motcua.platform.UserInputException when the ID number is not a personal ID number
     */
    ReceptionForm lookUp(OfficerPrincipal officer, String procedureCode, ReceptionForm form, Model model) {
        ReceptionForm.ApplicantFields typed = form.applicant();
        LookupResult result = lookups.lookUp(new LookupOrder(officer.getUsername(), LookupPurpose.COUNTER_RECEPTION,
                null, procedureCode, typed.idNumber(), null), "applicant.idNumber");
        model.addAttribute("population", result);
        model.addAttribute("populationLookup", result.lookup().id());
        Citizen citizen = result.citizen();
        if (citizen == null) {
            return form;
        }
        return form.withApplicant(new ReceptionForm.ApplicantFields(ApplicantType.CITIZEN, citizen.idNumber(),
                citizen.fullName(), typed.phone(), typed.email(),
                citizen.currentResidence() == null ? typed.address() : citizen.currentResidence().address()));
    }

    /** Records on the dossier just received what the look-up made for it found (nothing when none was made). */
    void record(OfficerPrincipal officer, DossierView received, Long lookupId) {
        if (lookupId != null) {
            lookups.recordFor(received.code(), lookupId, officer.getUsername(), received.applicant().idNumber(),
                    received.applicant().name());
        }
    }

    /** The hidden field's look-up number; null when absent or not a number (then no look-up counts). */
    static Long lookupId(String field) {
        if (field == null || !field.matches("\\d{1,18}")) {
            return null;
        }
        return Long.valueOf(field);
    }
}
