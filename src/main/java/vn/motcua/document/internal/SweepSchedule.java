package vn.motcua.document.internal;

import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import vn.motcua.document.FileSettings;
import vn.motcua.document.FileSweep;

/**
 * Runs the sweep of abandoned uploads through its transactional proxy every
 * {@code motcua.files.sweep-interval}, the first one interval after start (not while the application
 * is still warming up).
 */
@Component
class SweepSchedule implements SchedulingConfigurer {

    private final FileSweep sweep;
    private final FileSettings settings;

    SweepSchedule(FileSweep sweep, FileSettings settings) {
        this.sweep = sweep;
        this.settings = settings;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(new FixedDelayTask(sweep::sweep, settings.sweepInterval(),
                settings.sweepInterval()));
    }
}
