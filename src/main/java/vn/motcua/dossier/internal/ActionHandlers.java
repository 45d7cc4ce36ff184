package vn.motcua.dossier.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierStateMachine;
import vn.motcua.dossier.Transition;

/**
 * Every action's handler, found by the action a table row names. The application does not start when
 * an action of the table on an existing dossier has no handler or two.
 */
@Component
class ActionHandlers {

    private final Map<DossierAction, ActionHandler<?>> byAction = new EnumMap<>(DossierAction.class);

    ActionHandlers(List<ActionHandler<?>> handlers) {
        for (ActionHandler<?> handler : handlers) {
            for (DossierAction action : handler.actions()) {
                if (byAction.put(action, handler) != null) {
                    throw new IllegalStateException("Two handlers for " + action);
                }
            }
        }
        DossierStateMachine.table().stream().filter(t -> !t.creates()).map(Transition::action)
                .filter(action -> !byAction.containsKey(action)).findFirst().ifPresent(action -> {
                    throw new IllegalStateException("No handler for " + action);
                });
    }

    ActionHandler<?> of(DossierAction action) {
        return byAction.get(action);
    }
}
