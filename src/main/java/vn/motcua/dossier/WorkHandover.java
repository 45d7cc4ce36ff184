package vn.motcua.dossier;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.dossier.internal.DossierRepository;
import vn.motcua.dossier.internal.TransitionPipeline;
import vn.motcua.organization.Officer;
import vn.motcua.organization.OfficerAvailability;
import vn.motcua.organization.OfficerDirectory;
import vn.motcua.organization.Role;
import vn.motcua.platform.NotFoundException;
import vn.motcua.platform.UserInputException;

/**
 * Bàn giao: every open step an officer holds (one who leaves or is away) goes to another officer of the
 * same unit and role in one action, taken by an administrator or the unit's leader. Each dossier gets a
 * tracking-sheet line saying who handed it over, from whom, to whom; its inboxes follow the assignee.
 *
 * <p>The held dossiers' rows are locked first ({@code select … for update}), so an officer acting on one
 * of them at the same moment either finishes before (and the dossier is handed over as it then is) or is
 * told someone changed it: no dossier is lost or handed over twice.
 */
@Service
public class WorkHandover {

    private final DossierRepository dossiers;
    private final TransitionPipeline pipeline;
    private final OfficerDirectory officers;
    private final OfficerAvailability availability;

    WorkHandover(DossierRepository dossiers, TransitionPipeline pipeline, OfficerDirectory officers,
            OfficerAvailability availability) {
        this.dossiers = dossiers;
        this.pipeline = pipeline;
        this.officers = officers;
        this.availability = availability;
    }

    /** How many open dossiers the officer holds now. */
    @Transactional(readOnly = true)
    public long openWorkOf(String username) {
        return dossiers.countOpenHeldBy(username);
    }

    /** Who may receive {@code from}'s work: available officers of the same unit and role. */
    public List<Officer> successors(Officer from) {
        return officers.all().stream().filter(o -> !o.username().equals(from.username())
                && o.unit().equals(from.unit()) && o.role() == from.role() && availability.available(o.username()))
                .toList();
    }

    /**
     * Hands every open dossier {@code fromUsername} holds to {@code toUsername}.
     *
     * @return who handed over to whom, and the dossiers
     * @throws NotFoundException when {@code by} may not hand over this officer's work (another unit's)
     * @throws UserInputException when the successor is not of the same unit and role, is unavailable, or
     *     there is nothing to hand over
     */
    @Transactional
    public Handover handOver(Officer by, String fromUsername, String toUsername) {
        Officer from = officers.find(fromUsername).filter(o -> mayHandOver(by, o))
                .orElseThrow(() -> new NotFoundException("organization.officer.notFound", fromUsername));
        Officer to = successor(from, toUsername);
        List<String> codes = dossiers.lockOpenHeldBy(from.username());
        if (codes.isEmpty()) {
            throw new UserInputException(null, "staff.handover.nothing", from.fullName());
        }
        Actor actor = Actor.of(by);
        for (String code : codes) {
            pipeline.handOver(dossiers.find(code).orElseThrow(), actor, from, to);
        }
        return new Handover(from.username(), from.fullName(), to.username(), to.fullName(), codes);
    }

    /** An administrator hands over anyone's work; a leader, that of their own unit's officers. */
    private static boolean mayHandOver(Officer by, Officer from) {
        return by.role() == Role.ADMINISTRATOR || (by.role() == Role.LEADER && by.unit().equals(from.unit()));
    }

    private Officer successor(Officer from, String toUsername) {
        Officer to = officers.find(toUsername)
                .orElseThrow(() -> new UserInputException("to", "staff.handover.to.required"));
        if (to.username().equals(from.username())) {
            throw new UserInputException("to", "staff.handover.to.same");
        }
        if (!to.unit().equals(from.unit()) || to.role() != from.role()) {
            throw new UserInputException("to", "staff.handover.to.otherRoleOrUnit", to.fullName());
        }
        if (!availability.available(to.username())) {
            throw new UserInputException("to", "staff.handover.to.unavailable", to.fullName());
        }
        return to;
    }
}
