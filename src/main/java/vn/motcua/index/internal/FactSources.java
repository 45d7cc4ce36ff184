package vn.motcua.index.internal;

import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.catalog.Catalog;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.dossier.DossierStatusChanged;
import vn.motcua.index.DossierFacts;
import vn.motcua.payment.DossierFees;
import vn.motcua.payment.Payments;

/**
 * Reads facts from the modules that own them: a live dossier's from the state a transition left it in
 * with its procedure version's traits, a procedure's from the catalog. Only a rebuild reads a dossier
 * itself.
 */
@Component
class FactSources {

    private final DossierQueries dossiers;
    private final Catalog catalog;
    private final ProcedureTraitsCache traits;
    private final ProcedureFactsStore procedures;
    private final Clock clock;
    private final DossierFees fees;
    private final Payments payments;

    FactSources(DossierQueries dossiers, Catalog catalog, ProcedureTraitsCache traits, ProcedureFactsStore procedures,
            Clock clock, DossierFees fees, Payments payments) {
        this.fees = fees;
        this.payments = payments;
        this.dossiers = dossiers;
        this.catalog = catalog;
        this.traits = traits;
        this.procedures = procedures;
        this.clock = clock;
    }

    /** The dossier's facts after the transition, from the event and the (remembered) catalog version. */
    DossierFacts afterTransition(DossierStatusChanged event) {
        return LiveDossierFacts.of(event, traits.of(event.procedureVersionId()), LiveDossierFacts.FEES_KEPT);
    }

    /** The dossier's facts as they are now, fees and online payment included, for a rebuild. */
    DossierFacts current(DossierStatusChanged state) {
        return LiveDossierFacts.of(state, traits.of(state.procedureVersionId()),
                new DossierFacts.Payment(fees.dueVnd(state.code()), payments.paidOnline(state.code())));
    }

    /**
     * The dossier's current state, as the event of its last transition would carry it (empty: no such
     * dossier). Its status before does not matter to the index, which reads only the state after.
     */
    Optional<DossierStatusChanged> currentState(String code) {
        return dossiers.find(code).map(view -> DossierStatusChanged.of(view, view.status(), clock.instant()));
    }

    @Transactional
    void refreshProcedure(String code) {
        procedures.replace(code, catalog.allVersions(code));
    }
}
