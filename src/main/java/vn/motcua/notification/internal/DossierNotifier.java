package vn.motcua.notification.internal;

import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.PendingTransition;
import vn.motcua.dossier.TransitionParticipant;
import vn.motcua.notification.NotificationKind;

/**
 * Turns dossier transitions into outbox messages, taking part in the transition: the messages are queued
 * in the dossier's own transaction (a transactional outbox), from the dossier exactly as the transition
 * leaves it, so none is lost if the application stops after the commit and none is queued for a
 * transition that was rolled back; the outbox sends them afterwards, retrying. Its writes are keyed by
 * the tracking line, so a transition shown twice queues nothing twice. Taking part rather than listening
 * to {@code DossierStatusChanged} spares each transition an event publication and its three commits, and
 * a second read of the dossier (docs/performance.md).
 */
@Component
@Order(TransitionParticipant.TELLS)
class DossierNotifier implements TransitionParticipant {

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

    private final Notices notices;

    DossierNotifier(Notices notices) {
        this.notices = notices;
    }

    @Override
    public void takePart(PendingTransition transition) {
        NotificationKind kind = KINDS.get(transition.action());
        if (kind != null) {
            DossierView dossier = transition.dossier();
            notify(kind, dossier, "T" + dossier.tracking().getLast().seq());
        }
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
