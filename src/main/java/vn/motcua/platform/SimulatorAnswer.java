package vn.motcua.platform;

/** What a simulator of an outside system answered one message, by its {@link SimulatorMode}. */
public enum SimulatorAnswer {
    ACCEPTED,
    DUPLICATE,
    UNAVAILABLE,
    ERROR
}
