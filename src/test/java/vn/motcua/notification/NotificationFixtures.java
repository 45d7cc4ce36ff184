package vn.motcua.notification;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.motcua.Await;
import vn.motcua.catalog.ApplicantType;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.ComponentInput;
import vn.motcua.dossier.CounterReception;
import vn.motcua.dossier.DossierFixtures;
import vn.motcua.dossier.DossierHandling;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.ReturnMethod;

/** What the notification tests do again and again: receive a dossier with given contacts, wait for its messages. */
@Component
public class NotificationFixtures {

    private final DossierHandling handling;
    private final DossierFixtures dossiers;
    private final NotificationOutbox outbox;

    NotificationFixtures(DossierHandling handling, DossierFixtures dossiers, NotificationOutbox outbox) {
        this.handling = handling;
        this.dossiers = dossiers;
        this.outbox = outbox;
    }

    /** A notary card dossier received at the counter by tiepnhan, with the contacts the officer typed. */
    public DossierView receiveAtCounter(String phone, String email) {
        return handling.receiveAtCounter(dossiers.officer("tiepnhan"), new CounterReception(DossierFixtures.NOTARY_CARD,
                Channel.COUNTER, new Applicant(ApplicantType.CITIZEN, "011090001237", "Lò Thị Mai", phone, email,
                        "Phường Mường Thanh, tỉnh Điện Biên"),
                null, null, List.of(new ComponentInput("Đơn đề nghị cấp thẻ công chứng viên", 1, 0, true, false,
                        false, List.of())),
                ReturnMethod.COUNTER, null, null, null));
    }

    /** Waits until the dossier has a message of this kind on this channel, and returns it. */
    public OutboxMessage awaitQueued(String code, NotificationKind kind, NotificationChannel channel)
            throws InterruptedException {
        Await.until(() -> find(code, kind, channel).isPresent());
        return find(code, kind, channel).orElseThrow();
    }

    /** Waits until that message is sent, and returns it. */
    public OutboxMessage awaitSent(String code, NotificationKind kind, NotificationChannel channel)
            throws InterruptedException {
        Await.until(() -> find(code, kind, channel).filter(m -> m.status().equals("SENT")).isPresent());
        return find(code, kind, channel).orElseThrow();
    }

    public List<OutboxMessage> messages(String code) {
        return outbox.ofDossier(code);
    }

    private Optional<OutboxMessage> find(String code, NotificationKind kind, NotificationChannel channel) {
        return outbox.ofDossier(code).stream().filter(m -> m.kind() == kind && m.channel() == channel).findFirst();
    }
}
