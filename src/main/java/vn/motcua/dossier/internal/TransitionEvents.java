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
        events.publishEvent(DossierStatusChanged.of(view, before, clock.instant()));
        switch (emits) {
            case RECEIPT -> events.publishEvent(received(view));
            case STEP_COMPLETION -> events.publishEvent(stepCompleted(view));
            case STATUS_CHANGE -> { }
        }
    }

    private DossierReceived received(DossierView view) {
        return new DossierReceived(view.code(), view.procedureCode(), view.channel(), view.receivingUnit(),
                view.competentUnit(), clock.instant(), view.appointment(),
                view.components().stream().filter(DossierView.Component::submitted)
                        .allMatch(DossierView.Component::digitised));
    }

    private StepCompleted stepCompleted(DossierView view) {
        TrackingEntry last = view.tracking().getLast();
        int position = view.steps().stream().filter(s -> s.name().equals(last.stepName())).findFirst()
                .map(DossierView.Step::position).orElse(0);
        return new StepCompleted(view.code(), position, last.stepName(), last.fromUnit(), last.fromOfficer(),
                clock.instant(), last.stepDeadline(), last.outcome());
    }
}
