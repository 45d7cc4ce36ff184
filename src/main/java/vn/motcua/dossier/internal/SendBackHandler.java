package vn.motcua.dossier.internal;

import java.util.Set;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.ActionRefusedException;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierCommand;
import vn.motcua.dossier.DossierView;
import vn.motcua.platform.UserInputException;

/**
 * Trả lại bước trước: the holder sends the dossier back to an earlier step of the process (never to
 * reception's), with the reason; the steps in between are to be done again.
 */
@Component
class SendBackHandler implements ActionHandler<DossierCommand.SendBack> {

    @Override
    public Set<DossierAction> actions() {
        return Set.of(DossierAction.SEND_BACK);
    }

    @Override
    public Class<DossierCommand.SendBack> commandType() {
        return DossierCommand.SendBack.class;
    }

    @Override
    public void check(ActionContext c) {
        StepHolders.requireCurrentStep(c.dossier(), c.actor());
        if (c.dossier().currentStep <= 2) {
            throw new ActionRefusedException("dossier.sendBack.nothingBefore");
        }
    }

    @Override
    public DossierCommand.SendBack apply(ActionContext c, DossierCommand.SendBack command) {
        Dossier d = c.dossier();
        DossierView.Step step = d.step(d.currentStep);
        Guards.required(command.reason(), "reason");
        if (command.toStep() < 2 || command.toStep() >= d.currentStep) {
            throw new UserInputException("toStep", "dossier.sendBack.step", d.currentStep - 1);
        }
        for (int position = command.toStep(); position <= d.currentStep; position++) {
            DossierView.Step s = d.step(position);
            d.steps.set(position - 1, new DossierView.Step(s.position(), s.name(), s.role(), s.unit(),
                    s.sharePercent(), s.deadline(), s.startedAt(), null));
        }
        d.enterStep(command.toStep(), c.now());
        d.track(command.action(), step, c.actor(), null, d.currentUnit, c.now(), step.deadline(), null,
                command.reason());
        return command;
    }
}
