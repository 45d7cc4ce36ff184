package vn.motcua.load;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.motcua.MotcuaApplication;
import vn.motcua.catalog.ApplicantType;
import vn.motcua.dossier.Actor;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.ComponentInput;
import vn.motcua.dossier.CounterReception;
import vn.motcua.dossier.DossierCommand;
import vn.motcua.dossier.DossierHandling;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.ReturnMethod;
import vn.motcua.organization.OfficerPrincipal;

/**
 * The write path measured in process: dossiers of procedure 1.013859 driven through the lifecycle
 * (receive → hand over → appraise → approve → seal → return) by the same handling service the API
 * calls, with the tracking sheet, the events and the index's facts, on an embedded PostgreSQL with
 * fsync and synchronous commit on. Prints, for one dossier, the SQL statements each transition costs
 * (its own and its listeners', read from {@code pg_stat_statements} once the events are done) and
 * then transitions per second with p50/p99 for 8 workers. Run by {@code bin/write-benchmark [dossiers]}, which
 * compares it with {@code FlowableBenchmark} and {@link PgbenchBenchmark} on the same kind of server.
 */
public final class WritePathBenchmark {

    private static final int WORKERS = 8;
    private static final String CARD = "1.013859";

    private final DossierHandling handling;
    private final JdbcClient jdbc;
    private final DataSource server;
    private final PostgresActivity activity;
    private final Map<String, Actor> officers = new LinkedHashMap<>();
    private final AtomicInteger serial = new AtomicInteger();

    private WritePathBenchmark(ConfigurableApplicationContext app, DataSource server) throws SQLException {
        handling = app.getBean(DossierHandling.class);
        jdbc = app.getBean(JdbcClient.class);
        this.server = server;
        activity = new PostgresActivity(server, "%event_publication where completion_date is null%");
        UserDetailsService accounts = app.getBean(UserDetailsService.class);
        for (String name : List.of("tiepnhan", "chuyenvien.tuphap", "lanhdao.tuphap", "vanthu.tuphap")) {
            officers.put(name, Actor.of((OfficerPrincipal) accounts.loadUserByUsername(name)));
        }
    }

    public static void main(String[] args) throws Exception {
        int dossiers = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        try (EmbeddedPostgres postgres = BenchmarkPostgres.start("write-benchmark")) {
            try (ConfigurableApplicationContext app = start(BenchmarkPostgres.jdbcUrl(postgres))) {
                new WritePathBenchmark(app, postgres.getPostgresDatabase()).run(dossiers);
            }
        }
    }

    private static ConfigurableApplicationContext start(String jdbcUrl) {
        return new SpringApplicationBuilder(MotcuaApplication.class).run(
                "--motcua.db.url=" + jdbcUrl, "--motcua.db.user=postgres",
                "--motcua.db.password=", "--motcua.db.max-pool-size=20",
                "--motcua.files.directory=target/write-benchmark-files", "--motcua.demo.seed=true",
                "--motcua.demo.history-days=0", "--server.port=0", "--spring.main.banner-mode=off",
                "--logging.level.root=WARN", "--logging.level.org.springframework.core.events=ERROR");
    }

    private void run(int dossiers) throws Exception {
        System.out.printf("Write path: %d dossiers x 6 transitions, %d workers, fsync on, %d cores, JDK %s%n",
                dossiers, WORKERS, Runtime.getRuntime().availableProcessors(), Runtime.version());
        for (int i = 0; i < 200; i++) {
            lifecycle(null);
        }
        drainEvents();
        profileOneDossier();
        measure(dossiers);
    }

    /** One dossier, each transition alone: the statements it and its listeners ran. */
    private void profileOneDossier() throws InterruptedException {
        System.out.println();
        System.out.println("SQL statements per transition (pg_stat_statements, nested ones such as foreign-key checks "
                + "included; the transition's own transaction and its event listeners, once the events are done):");
        resetStatistics();
        DossierView dossier = receive();
        report("receive (tiepnhan)");
        for (Map.Entry<String, Function<DossierView, DossierView>> step : steps()) {
            resetStatistics();
            dossier = step.getValue().apply(dossier);
            report(step.getKey());
        }
        profileLifecycles(50);
    }

    /** Sequential lifecycles: statements by kind, commits and WAL flushes per transition. */
    private void profileLifecycles(int count) throws InterruptedException {
        resetStatistics();
        for (int i = 0; i < count; i++) {
            lifecycle(null);
        }
        drainEvents();
        System.out.println();
        activity.print(count + " lifecycles one after another", count * 6.0, "transition");
    }

    private void report(String transition) {
        drainEvents();
        System.out.printf("  %-30s %4d%n", transition, activity.statements());
    }

    private void resetStatistics() {
        drainEvents();
        activity.reset();
    }

    /** Waits until every listener of every event published so far has completed. */
    private void drainEvents() {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (jdbc.sql("select count(*) from event_publication where completion_date is null").query(Long.class)
                .single() > 0) {
            if (System.nanoTime() > until) {
                throw new IllegalStateException("events still incomplete after 60 s");
            }
            Thread.onSpinWait();
        }
    }

    private void measure(int dossiers) throws Exception {
        Latencies latencies = new Latencies();
        ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        PostgresWaits waits = PostgresWaits.start(server);
        for (int w = 0; w < WORKERS; w++) {
            running.add(pool.submit(() -> {
                while (next.getAndIncrement() < dossiers) {
                    lifecycle(latencies);
                }
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        long drainStart = System.nanoTime();
        drainEvents();
        double drained = (System.nanoTime() - drainStart) / 1e9;
        System.out.println();
        waits.close();
        System.out.printf("%d transitions in %.1f s: %.0f transitions/s, %.1f dossiers/s%n", latencies.count(),
                seconds, latencies.count() / seconds, dossiers / seconds);
        System.out.println("per transition (ms)       n       p50       p95       p99       max");
        System.out.println("                    " + latencies.row());
        System.out.printf("event listeners done %.1f s after the last transition%n", drained);
        BenchmarkResult.of("motcua", "transition", latencies, seconds).save();
    }

    private void lifecycle(Latencies latencies) {
        DossierView dossier = timed(latencies, this::receive);
        for (Map.Entry<String, Function<DossierView, DossierView>> step : steps()) {
            DossierView current = dossier;
            dossier = timed(latencies, () -> step.getValue().apply(current));
        }
    }

    private static DossierView timed(Latencies latencies, java.util.function.Supplier<DossierView> action) {
        long start = System.nanoTime();
        DossierView result = action.get();
        if (latencies != null) {
            latencies.record(System.nanoTime() - start);
        }
        return result;
    }

    private List<Map.Entry<String, Function<DossierView, DossierView>>> steps() {
        return List.of(
                Map.entry("hand over (tiepnhan)", d -> act("tiepnhan", d, new DossierCommand.CompleteStep(null))),
                Map.entry("appraise (chuyenvien.tuphap)", d -> act("chuyenvien.tuphap", d,
                        new DossierCommand.CompleteStep("Đủ điều kiện"))),
                Map.entry("approve (lanhdao.tuphap)", d -> act("lanhdao.tuphap", d,
                        new DossierCommand.CompleteStep("Đồng ý"))),
                Map.entry("seal (vanthu.tuphap)", d -> act("vanthu.tuphap", d,
                        new DossierCommand.MarkDone(null, List.of()))),
                Map.entry("return (tiepnhan)", d -> act("tiepnhan", d,
                        new DossierCommand.ReturnResult(ReturnMethod.COUNTER, null))));
    }

    private DossierView act(String officer, DossierView dossier, DossierCommand command) {
        return handling.handle(officers.get(officer), dossier.code(), dossier.lockVersion(), command);
    }

    private DossierView receive() {
        int n = serial.incrementAndGet();
        return handling.receiveAtCounter(officers.get("tiepnhan"), new CounterReception(CARD, Channel.COUNTER,
                new Applicant(ApplicantType.CITIZEN, "0110%02d%06d".formatted(70 + n % 30, n % 1_000_000),
                        "Lò Văn Ghi", null, null, "Phường Mường Thanh, tỉnh Điện Biên"),
                null, null, List.of(new ComponentInput("Đơn đề nghị cấp thẻ công chứng viên", 1, 0, true, false, false,
                        List.of())),
                ReturnMethod.COUNTER, null, null, null));
    }
}
