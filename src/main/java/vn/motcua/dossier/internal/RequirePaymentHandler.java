package vn.motcua.dossier.internal;

import java.util.Set;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierCommand;

/**
 * Yêu cầu nghĩa vụ tài chính: the handling unit states an amount the result waits for; the {@code payment}
 * module records the amount (and refuses one that is not a positive number with its description).
 */
@Component
class RequirePaymentHandler implements ActionHandler<DossierCommand.RequirePayment> {

    @Override
    public Set<DossierAction> actions() {
        return Set.of(DossierAction.REQUIRE_PAYMENT);
    }

    @Override
    public Class<DossierCommand.RequirePayment> commandType() {
        return DossierCommand.RequirePayment.class;
    }

    @Override
    public void check(ActionContext c) {
        Guards.requireUnit(c.actor(), c.dossier().currentUnit);
    }

    @Override
    public DossierCommand.RequirePayment apply(ActionContext c, DossierCommand.RequirePayment command) {
        c.dossier().trackAtCurrentStep(command.action(), c.actor(), c.now(), command.description());
        return command;
    }
}
