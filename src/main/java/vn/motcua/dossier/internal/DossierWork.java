package vn.motcua.dossier.internal;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.motcua.catalog.Procedure;
import vn.motcua.dossier.ActionRefusedException;
import vn.motcua.dossier.Actor;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierCommand;
import vn.motcua.dossier.DossierStateMachine;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.Transition;
import vn.motcua.organization.Delegations;
import vn.motcua.organization.Officer;
import vn.motcua.organization.OfficerAvailability;
import vn.motcua.organization.OfficerDirectory;
import vn.motcua.organization.ProvinceCalendar;
import vn.motcua.organization.Role;
import vn.motcua.platform.Problems;
import vn.motcua.platform.UserInputException;

/**
 * Runs one action on a loaded dossier: the table decides whether the status and party allow it and
 * which status follows (the only place a status is set), then {@link DossierRules} checks the rest
 * and applies it.
 */
@Component
public class DossierWork {

    /** The actions of a step's holder: what a leader's delegation lets a deputy take on the leader's steps. */
    private static final Set<DossierAction> STEP_ACTIONS = EnumSet.of(DossierAction.COMPLETE_STEP,
            DossierAction.MARK_DONE, DossierAction.SEND_BACK);

    private final DossierRules rules;
    private final StoredFiles storedFiles;
    private final Delegations delegations;

    DossierWork(ProvinceCalendar calendar, OfficerDirectory officers, OfficerAvailability availability,
            Delegations delegations, StoredFiles storedFiles) {
        this.storedFiles = storedFiles;
        this.delegations = delegations;
        this.rules = new DossierRules(calendar.calendar(), (username, step) -> officers.find(username)
                .filter(o -> o.unit().equals(step.unit()) && o.role().name().equals(step.role()))
                .isPresent() && availability.available(username));
    }

    DossierRules rules() {
        return rules;
    }

    /**
     * Officers see the dossiers their unit receives or handles, supervisors every dossier; the applicant
     * sees their own.
     */
    public boolean visibleTo(Dossier d, Actor actor) {
        if (actor.isSupervisor()) {
            return true;
        }
        return actor.isOfficer() ? d.involves(actor.unit()) : actor.username().equals(d.applicant.idNumber());
    }

    public void apply(Dossier d, Actor officer, DossierCommand command, Procedure procedure, LocalDateTime now) {
        Actor actor = acting(d, officer, command.action(), now);
        Transition transition = allowed(d, actor, command.action());
        rules.check(d, actor, command.action(), now);
        DossierCommand resolved = withRecordedFiles(d, actor, command);
        DossierStatus before = d.status;
        d.status = transition.resumes() ? d.pausedFrom : transition.to();
        if (resolved instanceof DossierCommand.Accept accept) {
            rules.receive(d, procedure, actor, now, DossierAction.ACCEPT, accept.note());
        } else {
            rules.apply(d, before, actor, resolved, now);
        }
    }

    /** The command with the files it attaches as their uploads recorded them; refused when one is not the actor's. */
    private DossierCommand withRecordedFiles(Dossier d, Actor actor, DossierCommand command) {
        Problems problems = new Problems();
        DossierCommand resolved = switch (command) {
            case DossierCommand.Supplement s -> new DossierCommand.Supplement(
                    storedFiles.resolveAnswers(s.answers(), actor.fileOwner(), d, problems), s.note());
            case DossierCommand.MarkDone m -> new DossierCommand.MarkDone(m.note(),
                    storedFiles.resolveFiles("results", m.results(), actor.fileOwner(), d, problems));
            default -> command;
        };
        problems.throwIfAny();
        return resolved;
    }

    /** The actions the table and the rules allow this actor now, in table order. */
    public List<DossierAction> availableActions(Dossier d, Actor actor, LocalDateTime now) {
        if (!visibleTo(d, actor) || actor.party() == null) {
            return List.of();
        }
        return DossierStateMachine.actionsFor(d.status, actor.party()).stream()
                .filter(action -> permitted(d, actor, action, now))
                .toList();
    }

    /** Bàn giao of the step {@code from} holds on this dossier to {@code to}, recorded as {@code by}'s doing. */
    public void handOver(Dossier d, Actor by, Officer from, Officer to, LocalDateTime now) {
        rules.handOver(d, by, from, to, now);
    }

    /**
     * Who takes a step action: the officer in their own right, or, on a leader's step they may not hold
     * themselves, on the behalf of a leader of that unit who delegated to them today (the step unassigned
     * or assigned to that leader).
     */
    private Actor acting(Dossier d, Actor actor, DossierAction action, LocalDateTime now) {
        if (!STEP_ACTIONS.contains(action) || d.currentStep == null || !actor.isOfficer()) {
            return actor;
        }
        DossierView.Step step = d.step(d.currentStep);
        boolean unassignedOr = d.currentAssignee == null || d.currentAssignee.equals(actor.username());
        boolean ownRight = step.role().equals(actor.party().name()) && unassignedOr;
        if (ownRight || !step.role().equals(Role.LEADER.name()) || !step.unit().equals(actor.unit())) {
            return actor;
        }
        return delegations.leadersDelegatingTo(actor.username(), step.unit(), now.toLocalDate()).stream()
                .filter(leader -> d.currentAssignee == null || d.currentAssignee.equals(leader.username()))
                .findFirst().map(actor::onBehalfOf).orElse(actor);
    }

    private boolean permitted(Dossier d, Actor officer, DossierAction action, LocalDateTime now) {
        Actor actor = acting(d, officer, action, now);
        try {
            rules.check(d, actor, action, now);
            return true;
        } catch (UserInputException refused) {
            return false;
        }
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
