package vn.motcua.dossier.internal;

import java.util.Set;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierCommand;

/** Hoàn thành bước: the holder finishes a step before the last and hands the dossier to the next. */
@Component
class CompleteStepHandler implements ActionHandler<DossierCommand.CompleteStep> {

    @Override
    public Set<DossierAction> actions() {
        return Set.of(DossierAction.COMPLETE_STEP);
    }

    @Override
    public Class<DossierCommand.CompleteStep> commandType() {
        return DossierCommand.CompleteStep.class;
    }

    @Override
    public void check(ActionContext c) {
        StepHandOver.check(c.dossier(), c.actor(), c.action());
    }

    @Override
    public DossierCommand.CompleteStep apply(ActionContext c, DossierCommand.CompleteStep command) {
        StepHandOver.handOver(c.dossier(), c.actor(), c.action(), command.note(), c.now());
        return command;
    }
}
