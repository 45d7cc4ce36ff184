package vn.motcua.nationalportal;

/**
 * How the portal's simulator behaves, as an administrator sets it: the modes of
 * {@link vn.motcua.platform.SimulatorMode} and one the portal has besides, refusing messages.
 */
public enum PortalSimulatorMode {
    /** Takes each message and says so. */
    UP,
    /** Answers 503 and takes nothing. */
    DOWN,
    /** Takes the message but answers only after the sender stopped waiting. */
    SLOW,
    /** Takes the message but answers 500, so it is sent again and acknowledged twice: kept once. */
    DUPLICATE,
    /** Takes nothing and answers {@code error_code} 1 (the message refused). */
    REFUSE
}
