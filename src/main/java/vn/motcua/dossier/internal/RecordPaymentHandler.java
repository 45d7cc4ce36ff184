package vn.motcua.dossier.internal;

import java.util.Set;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierCommand;

/**
 * Ghi nhận đã thanh toán: the applicant paid at the counter that received the dossier, or the handling
 * unit records it; the payment platform records it as a system, once per idempotency key.
 */
@Component
class RecordPaymentHandler implements ActionHandler<DossierCommand.RecordPayment> {

    @Override
    public Set<DossierAction> actions() {
        return Set.of(DossierAction.RECORD_PAYMENT);
    }

    @Override
    public Class<DossierCommand.RecordPayment> commandType() {
        return DossierCommand.RecordPayment.class;
    }

    @Override
    public void check(ActionContext c) {
        Guards.requireUnit(c.actor(), c.dossier().receivingUnit, c.dossier().currentUnit);
    }

    @Override
    public DossierCommand.RecordPayment apply(ActionContext c, DossierCommand.RecordPayment command) {
        c.dossier().trackAtCurrentStep(command.action(), c.actor(), c.now(), command.note());
        return command;
    }
}
