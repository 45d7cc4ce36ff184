package vn.motcua.dossier.internal;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierCommand;
import vn.motcua.dossier.DossierView;
import vn.motcua.platform.Problems;

/** Yêu cầu nghĩa vụ tài chính: the handling unit states an amount the result waits for. */
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
    public void apply(ActionContext c, DossierCommand.RequirePayment command) {
        new Problems().when(command.amountVnd() <= 0, "amountVnd", "dossier.payment.amount")
                .when(!StringUtils.hasText(command.description()), "description", "dossier.payment.description")
                .throwIfAny();
        Dossier d = c.dossier();
        d.fees.add(new DossierView.Fee(command.description().strip(), command.amountVnd()));
        d.feesDueVnd += command.amountVnd();
        d.trackAtCurrentStep(command.action(), c.actor(), c.now(), command.description());
    }
}
