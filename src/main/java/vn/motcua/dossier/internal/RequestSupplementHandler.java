package vn.motcua.dossier.internal;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierCommand;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.SupplementItem;

/**
 * Yêu cầu bổ sung: everything missing, listed at once, by reception while the dossier is new or by the
 * unit handling it; the clock pauses. A second request is allowed but flagged (the index counts it late).
 */
@Component
class RequestSupplementHandler implements ActionHandler<DossierCommand.RequestSupplement> {

    @Override
    public Set<DossierAction> actions() {
        return Set.of(DossierAction.REQUEST_SUPPLEMENT);
    }

    @Override
    public Class<DossierCommand.RequestSupplement> commandType() {
        return DossierCommand.RequestSupplement.class;
    }

    @Override
    public void check(ActionContext c) {
        Dossier d = c.dossier();
        Guards.requireUnit(c.actor(), c.before() == DossierStatus.NEW ? d.receivingUnit : d.currentUnit);
    }

    @Override
    public DossierCommand.RequestSupplement apply(ActionContext c, DossierCommand.RequestSupplement command) {
        Dossier d = c.dossier();
        List<SupplementItem> items = SupplementRules.items(d, command.items());
        d.supplementCount++;
        d.supplements.add(new DossierView.SupplementRound(d.supplementCount, c.now(), c.actor().username(), items,
                null));
        d.pausedFrom = c.before();
        d.currentDeadline = null;
        d.trackAtCurrentStep(command.action(), c.actor(), c.now(), describe(items));
        return command;
    }

    private static String describe(List<SupplementItem> items) {
        return String.join("; ", items.stream().map(i -> i.name().strip() + ": " + i.reason().strip()).toList());
    }
}
