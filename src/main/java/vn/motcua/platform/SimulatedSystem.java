package vn.motcua.platform;

import java.time.Duration;

/**
 * What every built-in simulator of an outside system shares: it answers only while no real address is
 * configured, and it can be told to misbehave ({@code M}, e.g. {@link SimulatorMode}), slowness included,
 * so that tests and the demo show what Motcua does then.
 *
 * @param <M> the simulator's modes
 */
public abstract class SimulatedSystem<M extends Enum<M>> {

    private final Duration slowDelay;
    private final boolean active;
    private volatile M mode;

    /**
     * @param slowDelay how long a slow answer waits
     * @param realAddress the real system's configured address; blank means the simulator serves
     * @param normal the mode it starts in
     */
    protected SimulatedSystem(Duration slowDelay, String realAddress, M normal) {
        this.slowDelay = slowDelay;
        this.active = realAddress == null || realAddress.isBlank();
        this.mode = normal;
    }

    /** False when a real system is configured: the simulator then answers nothing. */
    public boolean active() {
        return active;
    }

    public M mode() {
        return mode;
    }

    public void setMode(M mode) {
        this.mode = mode;
    }

    /** Waits as a slow system would, longer than its callers wait. */
    protected void slowDown() throws InterruptedException {
        Thread.sleep(slowDelay);
    }
}
