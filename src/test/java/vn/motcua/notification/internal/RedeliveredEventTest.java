package vn.motcua.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.dossier.Actor;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.Party;
import vn.motcua.dossier.PendingTransition;
import vn.motcua.notification.NotificationChannel;
import vn.motcua.notification.NotificationFixtures;
import vn.motcua.notification.NotificationKind;
import vn.motcua.notification.OutboxMessage;

/** A transition shown to the notifier again (a retried request, a replay): nothing is queued twice. */
@MotcuaIntegrationTest
class RedeliveredEventTest {

    @Autowired
    NotificationFixtures fixtures;
    @Autowired
    DossierNotifier notifier;

    @Test
    void aReceiptHandledAgainQueuesNoSecondMessage() throws Exception {
        DossierView d = fixtures.receiveAtCounter("0987300001", "lo.mai.again@example.vn");
        OutboxMessage first = fixtures.awaitQueued(d.code(), NotificationKind.RECEIVED, NotificationChannel.SMS);

        Actor reception = new Actor("tiepnhan", "Trần Thị Mai", Party.RECEPTION, d.receivingUnit());
        notifier.takePart(new PendingTransition(reception, DossierAction.RECEIVE_AT_COUNTER, null, null, d));

        assertThat(fixtures.messages(d.code())).extracting(OutboxMessage::id).containsExactly(first.id());
    }
}
