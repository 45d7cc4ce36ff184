package vn.motcua.payment.internal;

import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.ProcedureContent;
import vn.motcua.dossier.DossierCommand;
import vn.motcua.dossier.PendingTransition;
import vn.motcua.dossier.TransitionParticipant;
import vn.motcua.payment.Fee;
import vn.motcua.payment.FeesDue;
import vn.motcua.platform.Problems;

/**
 * The payment module's part in a dossier's transitions: a new dossier owes the fees its procedure version
 * states (those with an amount); a financial obligation adds the amount the officer requires, which must
 * be a positive number with what it is for.
 */
@Component
@Order(TransitionParticipant.RECORDS)
class FeeRecording implements TransitionParticipant {

    private final FeeStore store;
    private final Catalog catalog;
    private final ApplicationEventPublisher events;

    FeeRecording(FeeStore store, Catalog catalog, ApplicationEventPublisher events) {
        this.store = store;
        this.catalog = catalog;
        this.events = events;
    }

    @Override
    public void takePart(PendingTransition t) {
        if (t.creates()) {
            record(t, procedureFees(catalog.version(t.dossier().procedureVersionId()).content()));
        } else if (t.command() instanceof DossierCommand.RequirePayment required) {
            new Problems().when(required.amountVnd() <= 0, "amountVnd", "dossier.payment.amount")
                    .when(!StringUtils.hasText(required.description()), "description", "dossier.payment.description")
                    .throwIfAny();
            record(t, List.of(new Fee(required.description().strip(), required.amountVnd())));
        }
    }

    private static List<Fee> procedureFees(ProcedureContent procedure) {
        return procedure.fees() == null ? List.of() : procedure.fees().stream()
                .filter(f -> f.amountVnd() != null && f.amountVnd() > 0)
                .map(f -> new Fee(f.name(), f.amountVnd())).toList();
    }

    private void record(PendingTransition t, List<Fee> fees) {
        long due = store.add(t.code(), fees);
        events.publishEvent(new FeesDue(t.code(), due, t.dossier().tracking().getLast().seq()));
    }
}
