package vn.motcua.nationalportal.internal;

import java.util.List;
import vn.motcua.nationalportal.Destination;
import vn.motcua.nationalportal.NationalPortal.Answer;
import vn.motcua.nationalportal.NationalPortal.Failure;
import vn.motcua.nationalportal.NationalPortal.PortalException;

/** How the changes of one {@link Destination} are sent: what {@link OutboxSender} needs to know of it. */
interface Delivery {

    Destination destination();

    Sending sending();

    /**
     * Sends one dossier's batch of changes, in order, and returns once the receiver acknowledged all of them.
     *
     * @throws PortalException when it did not
     */
    void send(List<SyncOutbox.Change> batch);

    /** An answer other than success, as a failure of the kind "refused". */
    static void requireOk(Answer answer, String receiver) {
        if (!answer.ok()) {
            throw new PortalException(Failure.REFUSED,
                    receiver + " refused (" + answer.errorCode() + "): " + answer.message(), null);
        }
    }
}
