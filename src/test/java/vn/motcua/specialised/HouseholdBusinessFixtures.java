package vn.motcua.specialised;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.motcua.catalog.ApplicantType;
import vn.motcua.catalog.Catalog;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.ComponentInput;
import vn.motcua.dossier.CounterReception;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierCommand;
import vn.motcua.dossier.DossierFixtures;
import vn.motcua.dossier.DossierHandling;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.ReturnMethod;
import vn.motcua.organization.Role;

/** Household business establishment dossiers (1.001612) of the demo commune Điện Biên Phủ. */
@Component
public class HouseholdBusinessFixtures {

    public static final String ESTABLISHMENT = "1.001612";

    private static final Map<Role, String> COMMUNE_OFFICERS = Map.of(Role.RECEPTION, "tiepnhan.dienbienphu",
            Role.SPECIALIST, "chuyenvien.dienbienphu", Role.LEADER, "lanhdao.dienbienphu", Role.CLERK,
            "vanthu.dienbienphu");

    private final DossierHandling handling;
    private final DossierQueries queries;
    private final DossierFixtures fixtures;
    private final Catalog catalog;

    HouseholdBusinessFixtures(DossierHandling handling, DossierQueries queries, DossierFixtures fixtures,
            Catalog catalog) {
        this.handling = handling;
        this.queries = queries;
        this.fixtures = fixtures;
        this.catalog = catalog;
    }

    /** A walk-in's establishment received at the commune's counter, every component handed in. */
    public DossierView received(String idNumber, String name) {
        List<ComponentInput> components = catalog.inForce(ESTABLISHMENT).content().components().stream()
                .map(c -> new ComponentInput(c.name(), 1, 0, true, false, false, List.of())).toList();
        return handling.receiveAtCounter(fixtures.officer("tiepnhan.dienbienphu"), new CounterReception(ESTABLISHMENT,
                Channel.COUNTER, new Applicant(ApplicantType.CITIZEN, idNumber, name, "0912345678", null,
                        "Tổ dân phố 5, phường Điện Biên Phủ, tỉnh Điện Biên"),
                null, null, components, ReturnMethod.COUNTER, null, null, "Hộ kinh doanh tạp hóa " + name));
    }

    /** Handed on step by step until its holder may mark it done (the step before the return). */
    public DossierView atLastStep(DossierView d) {
        for (int step = 0; step < 6; step++) {
            if (queries.availableActions(fixtures.officer(holder(d)), d).contains(DossierAction.MARK_DONE)) {
                return d;
            }
            d = fixtures.act(holder(d), d, new DossierCommand.CompleteStep("Chuyển bước tiếp"));
        }
        throw new AssertionError("No step lets its holder mark " + d.code() + " done");
    }

    /** The commune's demo officer with the role of the dossier's current step. */
    public String holder(DossierView d) {
        if (d.currentAssignee() != null) {
            return d.currentAssignee();
        }
        return COMMUNE_OFFICERS.get(d.steps().get(d.currentStep() - 1).role());
    }
}
