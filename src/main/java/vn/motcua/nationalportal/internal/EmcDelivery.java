package vn.motcua.nationalportal.internal;

import java.util.List;
import vn.motcua.nationalportal.Destination;
import vn.motcua.nationalportal.Emc;

/** A batch to EMC: the dossier's events, in order, in one call. */
record EmcDelivery(Emc emc, Sending sending) implements Delivery {

    @Override
    public Destination destination() {
        return Destination.EMC;
    }

    @Override
    public void send(List<SyncOutbox.Change> batch) {
        Delivery.requireOk(emc.send(batch.stream().map(SyncOutbox.Change::message).toList()), "EMC");
    }
}
