package vn.motcua.document.internal;

import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import vn.motcua.document.FileSettings;
import vn.motcua.document.FileSweep;
import vn.motcua.platform.NodeLeases;

/**
 * Runs the sweep of abandoned uploads through its transactional proxy every
 * {@code motcua.files.sweep-interval}, the first one interval after start (not while the application
 * is still warming up). With several nodes on one database and one shared file folder, one node
 * sweeps per interval ({@link NodeLeases}): the others would only find the same files.
 */
@Component
class SweepSchedule implements SchedulingConfigurer {

    static final String WORK = "document.file-sweep";

    private final FileSweep sweep;
    private final FileSettings settings;
    private final NodeLeases leases;

    SweepSchedule(FileSweep sweep, FileSettings settings, NodeLeases leases) {
        this.sweep = sweep;
        this.settings = settings;
        this.leases = leases;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(new FixedDelayTask(
                () -> leases.runIfClaimed(WORK, settings.sweepInterval(), sweep::sweep),
                settings.sweepInterval(), settings.sweepInterval()));
    }
}
