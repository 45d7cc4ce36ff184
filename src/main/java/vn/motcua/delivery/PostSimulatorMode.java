package vn.motcua.delivery;

/** How VNPost's simulator behaves, as an administrator or a test sets it. */
public enum PostSimulatorMode {
    /** Takes orders, answers tracking, calls back at once. */
    UP,
    /** Answers 503 to everything and calls nobody back. */
    DOWN,
    /** Takes the order but answers after the sender stopped waiting. */
    SLOW,
    /** Takes the order but answers 500, so it is sent again; and calls back twice. */
    DUPLICATE,
    /** Works, but never calls back: the province learns the states only by polling. */
    LATE
}
