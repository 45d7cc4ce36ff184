package vn.motcua.dossier.internal;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.ActionRefusedException;
import vn.motcua.dossier.Actor;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.Party;
import vn.motcua.organization.Delegations;
import vn.motcua.organization.Officer;
import vn.motcua.organization.OfficerAvailability;
import vn.motcua.organization.OfficerDirectory;
import vn.motcua.organization.Role;

/**
 * The one rule of who may hold a step (người xử lý bước): an available officer (enabled, login not
 * locked) of the step's unit with the step's role; and who acts on it: its holder, or a deputy on the
 * behalf of a leader who delegated to them today.
 */
@Component
public class StepHolders {

    /** The actions of a step's holder: what a leader's delegation lets a deputy take on the leader's steps. */
    private static final Set<DossierAction> STEP_ACTIONS = EnumSet.of(DossierAction.COMPLETE_STEP,
            DossierAction.MARK_DONE, DossierAction.SEND_BACK);

    private final OfficerDirectory officers;
    private final OfficerAvailability availability;
    private final Delegations delegations;

    StepHolders(OfficerDirectory officers, OfficerAvailability availability, Delegations delegations) {
        this.officers = officers;
        this.availability = availability;
        this.delegations = delegations;
    }

    /** Whether {@code officer} may be given {@code step}. */
    public boolean mayHold(Officer officer, DossierView.Step step) {
        return officer.unit().equals(step.unit()) && officer.role() == step.role()
                && availability.available(officer.username());
    }

    /** Everyone who may be given {@code step}, for an officer choosing one. */
    public List<Officer> eligible(DossierView.Step step) {
        return step == null ? List.of() : officers.all().stream().filter(o -> mayHold(o, step)).toList();
    }

    boolean mayHold(String username, DossierView.Step step) {
        return officers.find(username).filter(o -> mayHold(o, step)).isPresent();
    }

    /** Refuses unless the current step is the actor's: their unit, their role, not assigned to someone else. */
    static void requireCurrentStep(Dossier d, Actor actor) {
        DossierView.Step step = d.step(d.currentStep);
        Guards.requireUnit(actor, step.unit());
        if (Party.of(step.role()) != actor.party()) {
            throw new ActionRefusedException("dossier.step.otherRole", step.name());
        }
        if (d.currentAssignee != null && !d.currentAssignee.equals(actor.username())
                && !d.currentAssignee.equals(actor.onBehalfOf())) {
            throw new ActionRefusedException("dossier.step.assignedToOther", d.currentAssignee);
        }
    }

    /**
     * Who takes a step action: the officer in their own right, or, on a leader's step they may not hold
     * themselves, on the behalf of a leader of that unit who delegated to them today (the step unassigned
     * or assigned to that leader).
     */
    Actor acting(Dossier d, Actor actor, DossierAction action, LocalDateTime now) {
        if (!STEP_ACTIONS.contains(action) || d.currentStep == null || !actor.isOfficer()) {
            return actor;
        }
        DossierView.Step step = d.step(d.currentStep);
        boolean unassignedOr = d.currentAssignee == null || d.currentAssignee.equals(actor.username());
        boolean ownRight = Party.of(step.role()) == actor.party() && unassignedOr;
        if (ownRight || step.role() != Role.LEADER || !step.unit().equals(actor.unit())) {
            return actor;
        }
        return delegations.leadersDelegatingTo(actor.username(), step.unit(), now.toLocalDate()).stream()
                .filter(leader -> d.currentAssignee == null || d.currentAssignee.equals(leader.username()))
                .findFirst().map(actor::onBehalfOf).orElse(actor);
    }
}
