package vn.motcua.dossier.internal;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierCommand;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.ReturnMethod;
import vn.motcua.dossier.TrackingEntry;
import vn.motcua.platform.UserInputException;

/**
 * Trả kết quả: reception hands the result over at the counter, by post (to the address given) or
 * electronically (the {@code result} module refuses that without a result file), and the last step ends
 * with its outcome.
 */
@Component
class ReturnResultHandler implements ActionHandler<DossierCommand.ReturnResult> {

    @Override
    public Set<DossierAction> actions() {
        return Set.of(DossierAction.RETURN_RESULT);
    }

    @Override
    public Class<DossierCommand.ReturnResult> commandType() {
        return DossierCommand.ReturnResult.class;
    }

    @Override
    public void check(ActionContext c) {
        StepHolders.requireCurrentStep(c.dossier(), c.actor());
    }

    @Override
    public DossierCommand.ReturnResult apply(ActionContext c, DossierCommand.ReturnResult command) {
        Dossier d = c.dossier();
        DossierView.Step step = d.step(d.currentStep);
        ReturnMethod method = command.method() == null ? d.returnMethod : command.method();
        if (method == ReturnMethod.POST && !StringUtils.hasText(d.returnAddress)) {
            throw new UserInputException("method", "dossier.return.addressMissing");
        }
        TrackingEntry.Outcome outcome = d.finishStep(step, c.now());
        d.returnMethod = method;
        d.returnedAt = c.now();
        d.leaveProcess();
        d.track(command.action(), step, c.actor(), null, null, c.now(), step.deadline(), outcome, command.note());
        return command;
    }
}
