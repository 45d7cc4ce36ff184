package vn.motcua.nationalportal.internal;

import java.util.List;
import java.util.Map;
import vn.motcua.nationalportal.Destination;
import vn.motcua.nationalportal.NationalPortal;
import vn.motcua.nationalportal.NationalPortal.Answer;

/**
 * A batch to the national portal: the dossier object as the last change left it (add, or update once the
 * portal has it or answers "already exists"), then the progress entries of the batch.
 */
record PortalDelivery(NationalPortal portal, SyncOutbox outbox, Sending sending) implements Delivery {

    @Override
    public Destination destination() {
        return Destination.PORTAL;
    }

    @Override
    public void send(List<SyncOutbox.Change> batch) {
        String code = batch.getFirst().dossierCode();
        Map<String, Object> dossier = batch.getLast().message();
        Answer answer;
        if (outbox.knownToPortal(code)) {
            answer = portal.update(dossier);
            if (Answer.UNKNOWN_DOSSIER.equals(answer.errorCode())) {
                answer = portal.add(dossier);
            }
        } else {
            answer = portal.add(dossier);
            if (Answer.ALREADY_EXISTS.equals(answer.errorCode())) {
                answer = portal.update(dossier);
            }
        }
        Delivery.requireOk(answer, "National portal");
        Delivery.requireOk(portal.progress(code, batch.stream().map(SyncOutbox.Change::progress).toList()),
                "National portal");
    }
}
