package vn.motcua.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.dossier.DossierStatusChanged;
import vn.motcua.dossier.DossierView;
import vn.motcua.notification.NotificationChannel;
import vn.motcua.notification.NotificationFixtures;
import vn.motcua.notification.NotificationKind;
import vn.motcua.notification.OutboxMessage;

/** The event registry may deliver a dossier event again (after a restart): nothing is queued twice. */
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

        notifier.on(DossierStatusChanged.of(d, null, first.createdAt()));

        assertThat(fixtures.messages(d.code())).extracting(OutboxMessage::id).containsExactly(first.id());
    }
}
