package vn.motcua.dossier.internal;

import java.util.Set;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.ActionRefusedException;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierCommand;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierView;

/**
 * The rows that end a dossier without a result, each with its reasons: từ chối tiếp nhận (reception,
 * while new), dừng xử lý (the competent unit's leader) and rút hồ sơ (the applicant, or reception for them).
 */
@Component
class ClosingHandler implements ActionHandler<DossierCommand> {

    @Override
    public Set<DossierAction> actions() {
        return Set.of(DossierAction.REFUSE, DossierAction.STOP, DossierAction.WITHDRAW);
    }

    @Override
    public Class<DossierCommand> commandType() {
        return DossierCommand.class;
    }

    @Override
    public void check(ActionContext c) {
        Dossier d = c.dossier();
        Guards.requireUnit(c.actor(), c.action() == DossierAction.STOP ? d.competentUnit : d.receivingUnit);
        if (c.action() == DossierAction.STOP && d.receivedAt == null) {
            // Asked to supplement before it was received, the dossier is reception's to refuse (DOMAIN.md §4).
            throw new ActionRefusedException("dossier.stop.notReceived");
        }
    }

    @Override
    public DossierCommand apply(ActionContext c, DossierCommand command) {
        String reason = switch (command) {
            case DossierCommand.Refuse r -> Guards.required(r.reasons(), "reasons");
            case DossierCommand.Stop s -> Guards.required(s.reasons(), "reasons");
            case DossierCommand.Withdraw w -> Guards.required(w.reason(), "reason");
            default -> throw new IllegalArgumentException("Not a closing action: " + command);
        };
        Dossier d = c.dossier();
        DossierView.Step step = d.currentStepOrNull();
        d.closingReason = reason;
        if (d.status != DossierStatus.WITHDRAWN) {
            d.finishedAt = c.now();
        }
        d.leaveProcess();
        d.track(command.action(), step, c.actor(), null, null, c.now(), null, null, reason);
        return command;
    }
}
