package vn.motcua.eform.internal;

import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.motcua.catalog.EForm;
import vn.motcua.identity.ApplicantAccount;
import vn.motcua.population.LookupOrder;
import vn.motcua.population.LookupPurpose;
import vn.motcua.population.LookupResult;
import vn.motcua.population.PopulationGateway.Citizen;
import vn.motcua.population.PopulationGateway.Place;
import vn.motcua.population.PopulationLookups;

/**
 * What the national sources say for the fields that name one, for a VNeID-verified account only: an account
 * whose ID number was merely typed proves nothing, and must not see a stranger's record. The VNeID claims
 * kept on the account fill the ID number and name; the population database, asked once per draft with the
 * purpose "prefill" (logged as the population module logs every look-up), fills the rest. A look-up that finds
 * nobody or fails fills nothing: the applicant types those fields.
 */
@Component
public class Prefill {

    /** The population log's "who" for a portal account. */
    static final String WHO_PREFIX = "applicant:";

    private final PopulationLookups lookups;

    Prefill(PopulationLookups lookups) {
        this.lookups = lookups;
    }

    /** The values found, with their sources; empty for an account not verified with VNeID. */
    public Found of(EForm form, ApplicantAccount account, String procedureCode) {
        Found found = new Found(new HashMap<>(), new HashMap<>());
        if (account == null || !account.verified() || account.verifiedIdNumber() == null) {
            return found;
        }
        Citizen citizen = form.needsPopulationRecord() ? lookUp(account, procedureCode) : null;
        for (EForm.Field field : form.fields()) {
            if (field.prefill() == null) {
                continue;
            }
            String value = value(field.prefill(), account, citizen);
            if (value != null && !value.isBlank() && value.length() <= field.limit()) {
                found.values().put(field.key(), value);
                found.sources().put(field.key(), field.prefill());
            }
        }
        return found;
    }

    /** Values and their sources by field key. */
    public record Found(Map<String, String> values, Map<String, EForm.Source> sources) {
    }

    private Citizen lookUp(ApplicantAccount account, String procedureCode) {
        LookupResult result = lookups.lookUp(new LookupOrder(WHO_PREFIX + account.username(),
                LookupPurpose.PORTAL_PREFILL, null, procedureCode, account.verifiedIdNumber(), account.fullName()),
                "idNumber");
        return result.citizen();
    }

    private static String value(EForm.Source source, ApplicantAccount account, Citizen citizen) {
        return switch (source) {
            case VNEID_ID_NUMBER -> account.verifiedIdNumber();
            case VNEID_FULL_NAME -> account.fullName();
            case POPULATION_BIRTH_DATE -> citizen == null || citizen.birthDate() == null ? null
                    : citizen.birthDate().toString();
            case POPULATION_SEX -> citizen == null ? null : sex(citizen.sex());
            case POPULATION_PERMANENT_RESIDENCE -> citizen == null ? null : address(citizen.permanentResidence());
            case POPULATION_CURRENT_RESIDENCE -> citizen == null ? null : address(citizen.currentResidence());
            case POPULATION_HOME_TOWN -> citizen == null ? null : address(citizen.homeTown());
        };
    }

    /** GioiTinh as the database writes it ("Nam", "Nữ") to the e-form's sex values. */
    private static String sex(String recorded) {
        if ("Nam".equalsIgnoreCase(recorded)) {
            return EForm.MALE;
        }
        return "Nữ".equalsIgnoreCase(recorded) ? EForm.FEMALE : null;
    }

    private static String address(Place place) {
        return place == null ? null : place.address();
    }
}
