package vn.motcua.dossier.internal;

import java.time.LocalDateTime;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.ActionRefusedException;
import vn.motcua.dossier.Actor;
import vn.motcua.dossier.ConcurrentChangeException;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierCommand;
import vn.motcua.dossier.DossierStateMachine;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.PendingTransition;
import vn.motcua.dossier.Transition;
import vn.motcua.dossier.TransitionParticipant;
import vn.motcua.organization.Officer;
import vn.motcua.organization.ProvinceCalendar;
import vn.motcua.platform.NotFoundException;
import vn.motcua.platform.UserInputException;

/**
 * The one way a dossier changes (Flowable's idea of commands run through one chain, written for dossiers):
 * load once → visibility → version → table and party → the handler's checks → the handler → participants →
 * save → publish. The caller holds the transaction; anything refused on the way rolls all of it back.
 */
@Component
public class TransitionPipeline {

    private final DossierRepository dossiers;
    private final ActionHandlers handlers;
    private final StepHolders holders;
    private final List<TransitionParticipant> participants;
    private final TransitionEvents events;
    private final ProvinceCalendar calendar;

    TransitionPipeline(DossierRepository dossiers, ActionHandlers handlers, StepHolders holders,
            List<TransitionParticipant> participants, TransitionEvents events, ProvinceCalendar calendar) {
        this.dossiers = dossiers;
        this.handlers = handlers;
        this.holders = holders;
        this.participants = participants;
        this.events = events;
        this.calendar = calendar;
    }

    /**
     * Runs {@code command} on the dossier {@code code}.
     *
     * @param expectedVersion the version the actor read; null for a system, which reads none
     * @return the dossier as saved and announced
     */
    public DossierView run(Actor actor, String code, Integer expectedVersion, DossierCommand command) {
        Dossier d = dossiers.find(code).filter(found -> DossierAccess.visibleTo(found, actor))
                .orElseThrow(() -> new NotFoundException("dossier.notFound", code));
        if (expectedVersion != null && d.lockVersion != expectedVersion) {
            throw new ConcurrentChangeException(code);
        }
        LocalDateTime now = calendar.now();
        DossierAction action = command.action();
        ActionContext context = new ActionContext(d, holders.acting(d, actor, action, now), action, d.status, now);
        Transition transition = allowed(d, context.actor(), action);
        ActionHandler<?> handler = handlers.of(action);
        handler.check(context);
        d.status = transition.resumes() ? d.pausedFrom : transition.to();
        DossierCommand applied = apply(handler, context, command);
        return finish(d, context.actor(), action, applied, context.before(), transition.emits());
    }

    /** Saves and announces a dossier a creation row has just built (received at a counter, submitted online). */
    public DossierView create(Actor actor, Dossier d, DossierAction action) {
        Transition transition = DossierStateMachine.transition(null, action).orElseThrow();
        takePart(d, actor, action, null, null);
        dossiers.insert(d);
        DossierView saved = d.view();
        events.publish(saved, null, transition.emits());
        return saved;
    }

    /**
     * Bàn giao of the step {@code from} holds on this dossier to {@code to}, recorded as {@code by}'s
     * doing: an assignment that needs no party (an administrator hands work over) but the same rule of
     * who may hold the step, the same participants, save and events. It is no row of the table: the
     * dossier stays in whatever status it is.
     */
    public void handOver(Dossier d, Actor by, Officer from, Officer to) {
        var step = d.step(d.currentStep);
        if (!holders.mayHold(to, step)) {
            throw new UserInputException("to", "dossier.assign.notEligible", to.username(), step.name());
        }
        d.currentAssignee = to.username();
        d.trackHandOver(step, by, from, to, calendar.now());
        finish(d, by, DossierAction.ASSIGN, null, d.status, Transition.Emits.STATUS_CHANGE);
    }

    /** The actions the table and the handlers' checks allow this actor now, in table order. */
    public List<DossierAction> availableActions(Dossier d, Actor actor) {
        if (!DossierAccess.visibleTo(d, actor) || actor.party() == null) {
            return List.of();
        }
        LocalDateTime now = calendar.now();
        return DossierStateMachine.actionsFor(d.status, actor.party()).stream()
                .filter(action -> permitted(d, actor, action, now))
                .toList();
    }

    private boolean permitted(Dossier d, Actor officer, DossierAction action, LocalDateTime now) {
        try {
            handlers.of(action).check(new ActionContext(d, holders.acting(d, officer, action, now), action, d.status,
                    now));
            return true;
        } catch (UserInputException refused) {
            return false;
        }
    }

    private DossierView finish(Dossier d, Actor actor, DossierAction action, DossierCommand command,
            DossierStatus before, Transition.Emits emits) {
        takePart(d, actor, action, command, before);
        dossiers.save(d);
        DossierView saved = d.view();
        events.publish(saved, before, emits);
        return saved;
    }

    private void takePart(Dossier d, Actor actor, DossierAction action, DossierCommand command,
            DossierStatus before) {
        PendingTransition pending = new PendingTransition(actor, action, command, before, d.view());
        participants.forEach(participant -> participant.takePart(pending));
    }

    @SuppressWarnings("unchecked")
    private static <C extends DossierCommand> C apply(ActionHandler<C> handler, ActionContext context,
            DossierCommand command) {
        if (!handler.commandType().isInstance(command)) {
            throw new IllegalArgumentException(command + " is not a " + handler.commandType().getSimpleName());
        }
        return handler.apply(context, (C) command);
    }

    private static Transition allowed(Dossier d, Actor actor, DossierAction action) {
        Transition transition = DossierStateMachine.transition(d.status, action)
                .orElseThrow(() -> new ActionRefusedException("dossier.action.notNow", action.name(), d.status.name()));
        if (!transition.parties().contains(actor.party())) {
            throw new ActionRefusedException("dossier.action.notYourRole", action.name());
        }
        return transition;
    }
}
