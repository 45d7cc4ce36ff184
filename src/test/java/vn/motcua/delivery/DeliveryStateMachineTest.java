package vn.motcua.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import vn.motcua.delivery.DeliveryStateMachine.Outcome;

/**
 * The whole table of a postal order's moves, written by hand from the rules: forward (a skipped state
 * allowed, as updates get lost or cross), never back, nothing after delivered or cancelled; the same
 * state again is a duplicate.
 */
class DeliveryStateMachineTest {

    @ParameterizedTest(name = "{0} + {1} → {2}")
    @CsvSource({
        "ORDERING, ORDERING, DUPLICATE", "ORDERING, REGISTERED, MOVED", "ORDERING, COLLECTING, MOVED",
        "ORDERING, IN_TRANSIT, MOVED", "ORDERING, DELIVERED, MOVED", "ORDERING, CANCELLED, MOVED",

        "REGISTERED, ORDERING, STALE", "REGISTERED, REGISTERED, DUPLICATE", "REGISTERED, COLLECTING, MOVED",
        "REGISTERED, IN_TRANSIT, MOVED", "REGISTERED, DELIVERED, MOVED", "REGISTERED, CANCELLED, MOVED",

        "COLLECTING, ORDERING, STALE", "COLLECTING, REGISTERED, STALE", "COLLECTING, COLLECTING, DUPLICATE",
        "COLLECTING, IN_TRANSIT, MOVED", "COLLECTING, DELIVERED, MOVED", "COLLECTING, CANCELLED, MOVED",

        "IN_TRANSIT, ORDERING, STALE", "IN_TRANSIT, REGISTERED, STALE", "IN_TRANSIT, COLLECTING, STALE",
        "IN_TRANSIT, IN_TRANSIT, DUPLICATE", "IN_TRANSIT, DELIVERED, MOVED", "IN_TRANSIT, CANCELLED, MOVED",

        "DELIVERED, ORDERING, STALE", "DELIVERED, REGISTERED, STALE", "DELIVERED, COLLECTING, STALE",
        "DELIVERED, IN_TRANSIT, STALE", "DELIVERED, DELIVERED, DUPLICATE", "DELIVERED, CANCELLED, STALE",

        "CANCELLED, ORDERING, STALE", "CANCELLED, REGISTERED, STALE", "CANCELLED, COLLECTING, STALE",
        "CANCELLED, IN_TRANSIT, STALE", "CANCELLED, DELIVERED, STALE", "CANCELLED, CANCELLED, DUPLICATE"})
    void anUpdateMovesAnOrderOnlyForward(DeliveryState current, DeliveryState reported, Outcome expected) {
        assertThat(DeliveryStateMachine.apply(current, reported)).isEqualTo(expected);
    }

    @Test
    void deliveredAndCancelledAreTheEndsAndNothingLeadsBackToOrdering() {
        assertThat(DeliveryStateMachine.next(DeliveryState.DELIVERED)).isEmpty();
        assertThat(DeliveryStateMachine.next(DeliveryState.CANCELLED)).isEmpty();
        assertThat(EnumSet.allOf(DeliveryState.class)).allSatisfy(
                s -> assertThat(DeliveryStateMachine.next(s)).doesNotContain(DeliveryState.ORDERING));
    }

    @ParameterizedTest(name = "VNPost code {0} → {1}")
    @CsvSource({"1, REGISTERED", "2, COLLECTING", "3, IN_TRANSIT", "4, DELIVERED", "5, CANCELLED"})
    void vnpostsStatusCodesNameTheStates(int code, DeliveryState state) {
        assertThat(DeliveryState.ofPostCode(code)).contains(state);
    }

    @Test
    void aCodeVnpostDoesNotSendNamesNoState() {
        assertThat(DeliveryState.ofPostCode(0)).isEmpty();
        assertThat(DeliveryState.ofPostCode(9)).isEmpty();
    }
}
