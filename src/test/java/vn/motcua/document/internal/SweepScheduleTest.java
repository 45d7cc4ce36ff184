package vn.motcua.document.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import vn.motcua.document.FileSettings;
import vn.motcua.document.FileSweep;

/** The sweep runs at the interval an operator sets ({@code motcua.files.sweep-interval}), first one interval after start. */
class SweepScheduleTest {

    @Test
    void theSweepRunsEveryConfiguredIntervalStartingOneIntervalAfterStart() {
        FileSweep sweep = mock(FileSweep.class);
        FileSettings settings = new FileSettings(null, null, null, null, Duration.ofMinutes(15));
        ScheduledTaskRegistrar registrar = new ScheduledTaskRegistrar();

        new SweepSchedule(sweep, settings).configureTasks(registrar);

        assertThat(registrar.getFixedDelayTaskList()).singleElement().satisfies(task -> {
            FixedDelayTask fixed = (FixedDelayTask) task;
            assertThat(fixed.getIntervalDuration()).isEqualTo(Duration.ofMinutes(15));
            assertThat(fixed.getInitialDelayDuration()).isEqualTo(Duration.ofMinutes(15));
            fixed.getRunnable().run();
        });
        verify(sweep).sweep();
        assertThat(settings.abandonedAfter()).as("the documented default").isEqualTo(Duration.ofDays(7));
    }
}
