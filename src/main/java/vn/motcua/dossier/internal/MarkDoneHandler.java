package vn.motcua.dossier.internal;

import java.util.Set;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierCommand;
import vn.motcua.platform.Problems;

/**
 * Hoàn thành: the result is ready, the hand-over to the last step (its return). The result files are
 * resolved here to what their uploads recorded; the {@code result} module records them as the dossier's
 * results, taking part in the transition.
 */
@Component
class MarkDoneHandler implements ActionHandler<DossierCommand.MarkDone> {

    private final StoredFiles storedFiles;

    MarkDoneHandler(StoredFiles storedFiles) {
        this.storedFiles = storedFiles;
    }

    @Override
    public Set<DossierAction> actions() {
        return Set.of(DossierAction.MARK_DONE);
    }

    @Override
    public Class<DossierCommand.MarkDone> commandType() {
        return DossierCommand.MarkDone.class;
    }

    @Override
    public void check(ActionContext c) {
        StepHandOver.check(c.dossier(), c.actor(), c.action());
    }

    @Override
    public DossierCommand.MarkDone apply(ActionContext c, DossierCommand.MarkDone command) {
        Problems problems = new Problems();
        var files = storedFiles.resolveFiles("results", command.results(), c.actor().fileOwner(), c.dossier(),
                problems);
        problems.throwIfAny();
        StepHandOver.handOver(c.dossier(), c.actor(), c.action(), command.note(), c.now());
        return new DossierCommand.MarkDone(command.note(), files);
    }
}
