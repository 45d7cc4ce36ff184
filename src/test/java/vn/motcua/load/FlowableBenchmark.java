package vn.motcua.load;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.flowable.common.engine.impl.history.HistoryLevel;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.flowable.task.api.Task;

/**
 * The baseline of issue 15: Flowable 7, a general workflow engine, running the five steps of a dossier of
 * procedure 1.013859 as five sequential user tasks (receive → appraise → approve → seal → return, BPMN in
 * {@code FlowableDossier.bpmn20.xml}) on the same kind of embedded PostgreSQL as {@link WritePathBenchmark}
 * ({@link BenchmarkPostgres}), with the same 8 workers and a pool of 20 connections.
 *
 * <p>A case is started (Motcua's reception, which creates the dossier) and each of its tasks found by its
 * case and assignee and completed (Motcua's five handling transitions): six transitions a case, as six a
 * dossier in {@link WritePathBenchmark}. The engine keeps audit history (its tracking sheet) and runs no
 * job executor, Idm engine or event registry, which these tasks do not need. Prints the statements of each
 * transition of one case, then statements, commits and WAL flushes per transition over 50 cases, then
 * transitions/s and task completions/s with p50/p99 for 8 workers during the given seconds, after a
 * warm-up. Run by {@code bin/write-benchmark} in the Maven profile {@code flowable}; the argument is the
 * measured seconds (default 60), which the script sets to the Motcua run's.
 */
public final class FlowableBenchmark {

    private static final int WORKERS = 8;
    private static final List<Step> STEPS = List.of(
            new Step("receive", "tiepnhan", Map.of()),
            new Step("appraise", "chuyenvien.tuphap", Map.of("appraisal", "Đủ điều kiện")),
            new Step("approve", "lanhdao.tuphap", Map.of("approval", "Đồng ý")),
            new Step("seal", "vanthu.tuphap", Map.of()),
            new Step("return", "tiepnhan", Map.of("returnMethod", "COUNTER")));

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final PostgresActivity activity;
    private final DataSource server;
    private final AtomicInteger serial = new AtomicInteger();

    /** One user task: who holds it and what the officer records on completing it. */
    private record Step(String task, String assignee, Map<String, Object> variables) {
    }

    private FlowableBenchmark(ProcessEngine engine, DataSource server) throws SQLException {
        runtime = engine.getRuntimeService();
        tasks = engine.getTaskService();
        this.server = server;
        activity = new PostgresActivity(server);
        engine.getRepositoryService().createDeployment()
                .addClasspathResource("vn/motcua/load/FlowableDossier.bpmn20.xml").deploy();
    }

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 60;
        try (EmbeddedPostgres postgres = BenchmarkPostgres.start("flowable-benchmark");
                HikariDataSource dataSource = pool(postgres)) {
            ProcessEngine engine = engine(dataSource);
            try {
                new FlowableBenchmark(engine, postgres.getPostgresDatabase()).run(seconds);
            } finally {
                engine.close();
            }
        }
    }

    /** The same pool as the application's: HikariCP, 20 connections at most. */
    private static HikariDataSource pool(EmbeddedPostgres postgres) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(BenchmarkPostgres.jdbcUrl(postgres));
        pool.setUsername("postgres");
        pool.setMaximumPoolSize(20);
        return pool;
    }

    private static ProcessEngine engine(HikariDataSource dataSource) {
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setDisableIdmEngine(true);
        configuration.setDisableEventRegistry(true);
        configuration.setAsyncExecutorActivate(false);
        configuration.setHistoryLevel(HistoryLevel.AUDIT);
        configuration.setDataSource(dataSource);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        return configuration.buildProcessEngine();
    }

    private void run(double seconds) throws Exception {
        System.out.printf("Flowable %s: cases of 5 user tasks (start + 5 completions), %d workers, fsync on, "
                + "%d cores, JDK %s%n", ProcessEngine.VERSION, WORKERS, Runtime.getRuntime().availableProcessors(),
                Runtime.version());
        for (int i = 0; i < 200; i++) {
            lifecycle(null, null);
        }
        profileOneCase();
        profileCases(50);
        measure(seconds);
    }

    /** One case, each transition alone: the statements it ran. */
    private void profileOneCase() {
        System.out.println();
        System.out.println("SQL statements per transition (pg_stat_statements, nested ones included):");
        activity.reset();
        String caseId = start();
        System.out.printf("  %-40s %4d%n", "start (tiepnhan)", activity.statements());
        long completions = 0;
        for (Step step : STEPS) {
            activity.reset();
            complete(caseId, step);
            long statements = activity.statements();
            completions += statements;
            System.out.printf("  %-40s %4d%n", "complete " + step.task() + " (" + step.assignee() + ")", statements);
        }
        System.out.printf("  %-40s %6.1f%n", "per task completion, on average", completions / (double) STEPS.size());
    }

    /** Sequential cases: statements by kind, commits and WAL flushes per transition. */
    private void profileCases(int count) throws InterruptedException {
        activity.reset();
        for (int i = 0; i < count; i++) {
            lifecycle(null, null);
        }
        System.out.println();
        activity.print(count + " cases one after another", count * (STEPS.size() + 1.0), "transition");
    }

    private void measure(double seconds) throws Exception {
        Latencies transitions = new Latencies();
        Latencies completions = new Latencies();
        ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
        long start = System.nanoTime();
        long until = start + (long) (seconds * 1e9);
        List<Future<?>> running = new ArrayList<>();
        PostgresWaits waits = PostgresWaits.start(server);
        for (int w = 0; w < WORKERS; w++) {
            running.add(pool.submit(() -> {
                while (System.nanoTime() < until) {
                    lifecycle(transitions, completions);
                }
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        System.out.println();
        waits.close();
        System.out.printf("%d transitions in %.1f s: %.0f transitions/s (%.0f task completions/s), %.1f cases/s%n",
                transitions.count(), elapsed, transitions.count() / elapsed, completions.count() / elapsed,
                completions.count() / (double) STEPS.size() / elapsed);
        System.out.println("(ms)                      " + Latencies.header());
        System.out.println("per transition            " + transitions.row());
        System.out.println("per task completion       " + completions.row());
        BenchmarkResult.of("flowable", "transition", transitions, elapsed).save();
        BenchmarkResult.of("flowable-tasks", "task completion", completions, elapsed).save();
    }

    /** A whole case; the start counted as a transition, each completion as a transition and a task. */
    private void lifecycle(Latencies transitions, Latencies completions) {
        long begin = System.nanoTime();
        String caseId = start();
        record(transitions, begin);
        for (Step step : STEPS) {
            long started = System.nanoTime();
            complete(caseId, step);
            record(transitions, started);
            record(completions, started);
        }
    }

    private static void record(Latencies latencies, long startNanos) {
        if (latencies != null) {
            latencies.record(System.nanoTime() - startNanos);
        }
    }

    private String start() {
        int n = serial.incrementAndGet();
        return runtime.startProcessInstanceByKey("dossier", "FLOWABLE-" + n, Map.of(
                "procedure", "1.013859",
                "applicantName", "Lò Văn Ghi",
                "applicantIdNumber", "0110%02d%06d".formatted(70 + n % 30, n % 1_000_000),
                "applicantAddress", "Phường Mường Thanh, tỉnh Điện Biên")).getId();
    }

    /** What an officer's action does: finds the case's task in their hands and completes it. */
    private void complete(String caseId, Step step) {
        Task task = tasks.createTaskQuery().processInstanceId(caseId).taskAssignee(step.assignee())
                .taskDefinitionKey(step.task()).singleResult();
        if (task == null) {
            throw new IllegalStateException("case " + caseId + " has no task " + step.task());
        }
        tasks.complete(task.getId(), step.variables());
    }
}
