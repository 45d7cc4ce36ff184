package vn.motcua.platform;

/**
 * How a simulator of an outside system behaves, as an administrator sets it, so the demo and the tests show
 * what the product does when the real system misbehaves.
 */
public enum SimulatorMode {
    /** Takes each message and says so. */
    UP,
    /** Answers 503 and takes nothing. */
    DOWN,
    /** Takes the message but answers only after the sender stopped waiting. */
    SLOW,
    /** Takes the message but answers 500, so the sender sends it again: a duplicate it must keep once. */
    DUPLICATE
}
