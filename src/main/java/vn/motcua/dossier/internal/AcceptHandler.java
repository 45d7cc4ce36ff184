package vn.motcua.dossier.internal;

import java.util.Set;
import org.springframework.stereotype.Component;
import vn.motcua.catalog.Catalog;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierCommand;

/** Tiếp nhận hồ sơ trực tuyến: reception accepts an online dossier as complete and issues the receipt. */
@Component
class AcceptHandler implements ActionHandler<DossierCommand.Accept> {

    private final Catalog catalog;
    private final Reception reception;

    AcceptHandler(Catalog catalog, Reception reception) {
        this.catalog = catalog;
        this.reception = reception;
    }

    @Override
    public Set<DossierAction> actions() {
        return Set.of(DossierAction.ACCEPT);
    }

    @Override
    public Class<DossierCommand.Accept> commandType() {
        return DossierCommand.Accept.class;
    }

    @Override
    public void check(ActionContext c) {
        Guards.requireUnit(c.actor(), c.dossier().receivingUnit);
    }

    @Override
    public DossierCommand.Accept apply(ActionContext c, DossierCommand.Accept command) {
        Dossier d = c.dossier();
        reception.receive(d, catalog.version(d.procedureVersionId), c.actor(), c.now(), DossierAction.ACCEPT,
                command.note());
        return command;
    }
}
