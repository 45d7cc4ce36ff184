package vn.motcua.dossier.internal;

import java.util.Set;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierCommand;

/**
 * Ghi nhận đã thanh toán: only a payment channel records it (the national platform, the counter's VietQR
 * or card), as a system, once per payment reference, after the payment module has the payment itself.
 * Fees are paid cashless (DOMAIN.md §7): no officer moves a dossier on by saying it was paid.
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

    /** Nothing beyond the table: its row names only {@code SYSTEM}, and the payment module checked the money. */
    @Override
    public void check(ActionContext c) {
        // The channel's own checks (signature, amount, reference) came before the payment was recorded.
    }

    @Override
    public DossierCommand.RecordPayment apply(ActionContext c, DossierCommand.RecordPayment command) {
        c.dossier().trackAtCurrentStep(command.action(), c.actor(), c.now(), command.note());
        return command;
    }
}
