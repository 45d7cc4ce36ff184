package vn.motcua.calendar;

import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/** Cost of one explained 15-working-day deadline with a pause, across Tết, on a warmed calendar. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class DeadlineBenchmark {

    private final WorkingCalendar calendar = WorkingCalendar.standard();
    private final LocalDateTime received = LocalDateTime.parse("2026-02-05T10:00");
    private final TimeAmount limit = TimeAmount.workingDays(15);
    private final List<Pause> pauses = List.of(
            new Pause(LocalDateTime.parse("2026-02-09T14:00"), LocalDateTime.parse("2026-02-11T09:30")));

    @Setup
    public void warmCalendar() {
        calendar.daysOf(2026);
    }

    @Benchmark
    public Deadline fifteenWorkingDaysWithAPause() {
        return calendar.deadline(received, limit, pauses);
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder().include(DeadlineBenchmark.class.getSimpleName()).build()).run();
    }
}
