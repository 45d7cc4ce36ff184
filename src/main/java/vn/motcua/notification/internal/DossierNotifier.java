package vn.motcua.notification.internal;

import java.util.Map;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.dossier.DossierStatusChanged;
import vn.motcua.dossier.DossierView;
import vn.motcua.notification.NotificationKind;

/**
 * Turns dossier transitions into outbox messages. It runs after the dossier's commit through Spring
 * Modulith's persisted registry (retried after a restart); its writes are keyed by the tracking line,
 * so a re-delivered event queues nothing twice. The dossier is read as it is when the event is
 * handled, which is what the citizen can see when following it.
 */
@Component
class DossierNotifier {

    /** Which actions tell someone, and what. */
    private static final Map<DossierAction, NotificationKind> KINDS = Map.of(
            DossierAction.RECEIVE_AT_COUNTER, NotificationKind.RECEIVED,
            DossierAction.ACCEPT, NotificationKind.RECEIVED,
            DossierAction.REQUEST_SUPPLEMENT, NotificationKind.SUPPLEMENT_REQUESTED,
            DossierAction.REQUIRE_PAYMENT, NotificationKind.PAYMENT_REQUIRED,
            DossierAction.APOLOGISE, NotificationKind.LATE,
            DossierAction.MARK_DONE, NotificationKind.DONE,
            DossierAction.RETURN_RESULT, NotificationKind.RETURNED,
            DossierAction.ASSIGN, NotificationKind.ASSIGNED);

    private final DossierQueries dossiers;
    private final Notices notices;

    DossierNotifier(DossierQueries dossiers, Notices notices) {
        this.dossiers = dossiers;
        this.notices = notices;
    }

    @ApplicationModuleListener
    void on(DossierStatusChanged event) {
        NotificationKind kind = KINDS.get(event.action());
        if (kind == null) {
            return;
        }
        dossiers.find(event.code()).ifPresent(dossier -> notify(kind, dossier, "T" + event.trackingSeq()));
    }

    private void notify(NotificationKind kind, DossierView d, String occasion) {
        if (kind.forApplicant()) {
            notices.toApplicant(kind, d, occasion);
        } else if (d.currentAssignee() != null) {
            notices.toOfficer(kind, d.currentAssignee(), new Notices.DossierStep(d.code(), d.procedureName(),
                    d.step() == null ? null : d.step().name(), d.currentDeadline()), occasion);
        }
    }
}
