package vn.motcua.dossier.internal;

import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.DossierReceived;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierStatusChanged;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.StepCompleted;
import vn.motcua.dossier.TrackingEntry;
import vn.motcua.dossier.Transition;

/**
 * Publishes what a saved transition did: always {@link DossierStatusChanged}, and what its table row
 * emits besides. The events are recorded in the transaction (Spring Modulith's registry) and delivered
 * after the commit.
 */
@Component
class TransitionEvents {

    private final ApplicationEventPublisher events;
    private final Clock clock;

    TransitionEvents(ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** {@code before} is null for a new dossier. */
    void publish(DossierView view, DossierStatus before, Transition.Emits emits) {
        DossierStatusChanged changed = DossierStatusChanged.of(view, before, clock.instant());
        events.publishEvent(changed);
        switch (emits) {
            case RECEIPT -> events.publishEvent(received(changed));
            case STEP_COMPLETION -> events.publishEvent(stepCompleted(view));
            case STATUS_CHANGE -> { }
        }
    }

    private static DossierReceived received(DossierStatusChanged changed) {
        return new DossierReceived(changed.code(), changed.procedureCode(), changed.channel(), changed.receivingUnit(),
                changed.competentUnit(), changed.occurredAt(), changed.appointment(),
                changed.digitisation().allSubmittedDigitised());
    }

    private StepCompleted stepCompleted(DossierView view) {
        TrackingEntry last = view.tracking().getLast();
        int position = view.steps().stream().filter(s -> s.name().equals(last.stepName())).findFirst()
                .map(DossierView.Step::position).orElse(0);
        return new StepCompleted(view.code(), position, last.stepName(), last.fromUnit(), last.fromOfficer(),
                clock.instant(), last.stepDeadline(), last.outcome());
    }
}
