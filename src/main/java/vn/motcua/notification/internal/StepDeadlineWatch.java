package vn.motcua.notification.internal;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.dossier.DossierSummary;
import vn.motcua.dossier.DossierView;
import vn.motcua.notification.NotificationKind;

/**
 * Warns the officer holding a step that falls due within one working day (the inbox's "at risk",
 * {@link DossierQueries#AT_RISK_WITHIN}). Each step is warned once per officer and deadline: the
 * outbox key names them, so the check may run as often as it likes.
 */
@Component
public class StepDeadlineWatch {

    /** Steps looked at per run; the rest wait for the next run. */
    private static final int BATCH = 500;

    private final DossierQueries dossiers;
    private final Notices notices;

    StepDeadlineWatch(DossierQueries dossiers, Notices notices) {
        this.dossiers = dossiers;
        this.notices = notices;
    }

    @Scheduled(fixedDelayString = "${motcua.notifications.due-check-interval}")
    @Transactional
    public void warn() {
        for (DossierSummary due : dossiers.assignedStepsDueWithin(DossierQueries.AT_RISK_WITHIN, BATCH)) {
            String step = dossiers.find(due.code()).map(DossierView::step).map(DossierView.Step::name).orElse(null);
            notices.toOfficer(NotificationKind.STEP_DUE_SOON, due.currentAssignee(), new Notices.DossierStep(due.code(),
                    due.procedureName(), step, due.currentDeadline()), "D" + due.currentDeadline());
        }
    }
}
