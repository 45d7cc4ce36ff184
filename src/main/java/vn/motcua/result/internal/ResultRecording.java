package vn.motcua.result.internal;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.AttachedFile;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierCommand;
import vn.motcua.dossier.PendingTransition;
import vn.motcua.dossier.ReturnMethod;
import vn.motcua.dossier.TransitionParticipant;
import vn.motcua.platform.UserInputException;
import vn.motcua.result.ResultDocument;

/**
 * The result module's part in a dossier's transitions: marking done records each result file as
 * {@code {dossier code}-KQ{n}}; a dossier whose result is to be returned electronically can be neither
 * marked done nor returned electronically without one.
 */
@Component
@Order(TransitionParticipant.RECORDS)
class ResultRecording implements TransitionParticipant {

    private final ResultStore store;

    ResultRecording(ResultStore store) {
        this.store = store;
    }

    @Override
    public void takePart(PendingTransition t) {
        if (t.action() == DossierAction.MARK_DONE) {
            record(t, ((DossierCommand.MarkDone) t.command()).results());
        } else if (t.action() == DossierAction.RETURN_RESULT
                && t.dossier().returnMethod() == ReturnMethod.ELECTRONIC && store.of(t.code()).isEmpty()) {
            throw new UserInputException("method", "dossier.return.noElectronicResult");
        }
    }

    private void record(PendingTransition t, List<AttachedFile> files) {
        if (t.dossier().returnMethod() == ReturnMethod.ELECTRONIC && files.isEmpty()) {
            throw new UserInputException("results", "dossier.markDone.resultRequired");
        }
        int recorded = store.of(t.code()).size();
        for (AttachedFile file : files) {
            recorded++;
            store.insert(t.code(), recorded, new ResultDocument(t.code() + "-KQ" + recorded, file,
                    t.dossier().tracking().getLast().at(), t.actor().username()));
        }
    }
}
