package vn.motcua.dossier.internal;

import java.util.Set;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierCommand;
import vn.motcua.dossier.DossierStateMachine;

/**
 * The effect of one action (or a small group of rows of {@link DossierStateMachine} that do the same):
 * its own checks and what it changes. The {@link TransitionPipeline} has already loaded the dossier,
 * checked that the actor sees it, its version, the table row and the party, and has set the status the
 * row leads to; the handler never sets a status.
 *
 * @param <C> the command it takes
 */
interface ActionHandler<C extends DossierCommand> {

    /** The actions this handler takes; each action has exactly one handler. */
    Set<DossierAction> actions();

    /** The command type of its actions. */
    Class<C> commandType();

    /**
     * Refuses, with the reason the user sees, an action the table allows in this status that this actor may
     * not take on this dossier now (wrong unit, someone else's step, a second apology…). Also decides which
     * actions a page offers, so it reads only the dossier, never the command.
     */
    void check(ActionContext context);

    /**
     * Applies the command: checks its fields, changes the dossier and writes the tracking sheet line.
     *
     * @return the command as applied, which participants see: its files as their uploads recorded them
     */
    C apply(ActionContext context, C command);
}
