package vn.motcua.dossier.internal;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierCommand;
import vn.motcua.dossier.DossierView;
import vn.motcua.platform.UserInputException;

/** Phân công: the unit holding the current step gives it to one officer who may hold it (maybe the actor). */
@Component
class AssignHandler implements ActionHandler<DossierCommand.Assign> {

    private final StepHolders holders;

    AssignHandler(StepHolders holders) {
        this.holders = holders;
    }

    @Override
    public Set<DossierAction> actions() {
        return Set.of(DossierAction.ASSIGN);
    }

    @Override
    public Class<DossierCommand.Assign> commandType() {
        return DossierCommand.Assign.class;
    }

    @Override
    public void check(ActionContext c) {
        Guards.requireUnit(c.actor(), c.dossier().currentUnit);
    }

    @Override
    public DossierCommand.Assign apply(ActionContext c, DossierCommand.Assign command) {
        Dossier d = c.dossier();
        DossierView.Step step = d.step(d.currentStep);
        if (!StringUtils.hasText(command.assignee()) || !holders.mayHold(command.assignee(), step)) {
            throw new UserInputException("assignee", "dossier.assign.notEligible",
                    command.assignee() == null ? "" : command.assignee(), step.name());
        }
        d.currentAssignee = command.assignee();
        d.track(command.action(), step, c.actor(), command.assignee(), step.unit(), c.now(), step.deadline(), null,
                null);
        return command;
    }
}
