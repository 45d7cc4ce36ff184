package vn.motcua.delivery;

import static vn.motcua.delivery.DeliveryState.CANCELLED;
import static vn.motcua.delivery.DeliveryState.COLLECTING;
import static vn.motcua.delivery.DeliveryState.DELIVERED;
import static vn.motcua.delivery.DeliveryState.IN_TRANSIT;
import static vn.motcua.delivery.DeliveryState.ORDERING;
import static vn.motcua.delivery.DeliveryState.REGISTERED;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The one table of a postal order's moves: from a state, the states a status update may move it to. Updates
 * travel by two roads (callback, polling) and may arrive late, twice or out of order, so a forward jump is
 * allowed (a missed "in transit" does not block "delivered"), and everything else — the same state again, an
 * earlier one, anything after the end — is ignored without error.
 */
public final class DeliveryStateMachine {

    /** What became of an update. */
    public enum Outcome {
        /** The order moved to the reported state. */
        MOVED,
        /** The order already is in that state: a duplicate. */
        DUPLICATE,
        /** The order is past that state already (the update came late), or finished. */
        STALE
    }

    private static final Map<DeliveryState, Set<DeliveryState>> TABLE = Map.of(
            ORDERING, EnumSet.of(REGISTERED, COLLECTING, IN_TRANSIT, DELIVERED, CANCELLED),
            REGISTERED, EnumSet.of(COLLECTING, IN_TRANSIT, DELIVERED, CANCELLED),
            COLLECTING, EnumSet.of(IN_TRANSIT, DELIVERED, CANCELLED),
            IN_TRANSIT, EnumSet.of(DELIVERED, CANCELLED),
            DELIVERED, EnumSet.noneOf(DeliveryState.class),
            CANCELLED, EnumSet.noneOf(DeliveryState.class));

    private DeliveryStateMachine() {
    }

    /** The states an order in {@code from} may move to. */
    public static Set<DeliveryState> next(DeliveryState from) {
        return TABLE.get(from);
    }

    /** What an update reporting {@code reported} does to an order in {@code current}. */
    public static Outcome apply(DeliveryState current, DeliveryState reported) {
        if (TABLE.get(current).contains(reported)) {
            return Outcome.MOVED;
        }
        return current == reported ? Outcome.DUPLICATE : Outcome.STALE;
    }
}
