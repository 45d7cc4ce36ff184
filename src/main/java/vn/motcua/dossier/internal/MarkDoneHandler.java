package vn.motcua.dossier.internal;

import java.util.Set;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.AttachedFile;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierCommand;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.ReturnMethod;
import vn.motcua.platform.Problems;
import vn.motcua.platform.UserInputException;

/**
 * Hoàn thành: the result is ready. Each result file becomes a result coded {@code {dossier code}-KQ{n}};
 * a result returned electronically needs its file, a paper-only one may have none.
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
    public void apply(ActionContext c, DossierCommand.MarkDone command) {
        Dossier d = c.dossier();
        Problems problems = new Problems();
        var files = storedFiles.resolveFiles("results", command.results(), c.actor().fileOwner(), d, problems);
        problems.throwIfAny();
        if (d.returnMethod == ReturnMethod.ELECTRONIC && files.isEmpty()) {
            throw new UserInputException("results", "dossier.markDone.resultRequired");
        }
        for (AttachedFile file : files) {
            d.results.add(new DossierView.Result(d.code + "-KQ" + (d.results.size() + 1), file, c.now(),
                    c.actor().username()));
        }
        StepHandOver.handOver(d, c.actor(), c.action(), command.note(), c.now());
    }
}
