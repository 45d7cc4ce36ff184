package vn.motcua.document.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import vn.motcua.document.FileSettings;
import vn.motcua.document.FileSweep;
import vn.motcua.platform.NodeLeases;

/**
 * The sweep runs at the interval an operator sets ({@code motcua.files.sweep-interval}), first one
 * interval after start, on the node that holds the sweep for that interval.
 */
class SweepScheduleTest {

    private final FileSweep sweep = mock(FileSweep.class);
    private final NodeLeases leases = mock(NodeLeases.class);
    private final FileSettings settings = new FileSettings(null, null, null, null, Duration.ofMinutes(15));

    @Test
    void theSweepRunsEveryConfiguredIntervalStartingOneIntervalAfterStart() {
        ScheduledTaskRegistrar registrar = new ScheduledTaskRegistrar();
        doCallRealMethod().when(leases).runIfClaimed(any(), any(), any());
        when(leases.claim(SweepSchedule.WORK, Duration.ofMinutes(15))).thenReturn(true);

        new SweepSchedule(sweep, settings, leases).configureTasks(registrar);

        assertThat(registrar.getFixedDelayTaskList()).singleElement().satisfies(task -> {
            FixedDelayTask fixed = (FixedDelayTask) task;
            assertThat(fixed.getIntervalDuration()).isEqualTo(Duration.ofMinutes(15));
            assertThat(fixed.getInitialDelayDuration()).isEqualTo(Duration.ofMinutes(15));
            fixed.getRunnable().run();
        });
        verify(sweep).sweep();
        assertThat(settings.abandonedAfter()).as("the documented default").isEqualTo(Duration.ofDays(7));
    }

    @Test
    void aNodeThatDoesNotHoldTheSweepLeavesItToTheOneThatDoes() {
        ScheduledTaskRegistrar registrar = new ScheduledTaskRegistrar();
        doCallRealMethod().when(leases).runIfClaimed(any(), any(), any());
        when(leases.claim(SweepSchedule.WORK, Duration.ofMinutes(15))).thenReturn(false);

        new SweepSchedule(sweep, settings, leases).configureTasks(registrar);
        registrar.getFixedDelayTaskList().getFirst().getRunnable().run();

        verify(sweep, never()).sweep();
    }
}
