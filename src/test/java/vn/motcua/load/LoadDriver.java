package vn.motcua.load;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * Drives dossiers through their whole lifecycle over the JSON API of a running Motcua, with many
 * concurrent clients (one virtual thread each), while sampling the Justice specialist's unit inbox.
 * Stops by itself after the number of dossiers or the time given, whichever comes first, and prints
 * throughput, failures and latency percentiles per action. Run by {@code bin/load}.
 */
public final class LoadDriver {

    private static final String INBOX = "/api/v1/dossiers/inbox?scope=UNIT&filter=ALL&page=1&size=20";
    private static final String INBOX_LABEL = "GET inbox UNIT/ALL (chuyenvien.tuphap)";
    private static final Duration INBOX_EVERY = Duration.ofMillis(250);

    private final LoadOptions options;
    private final LoadStats stats = new LoadStats();
    private final MotcuaApi api;
    private final AtomicInteger started = new AtomicInteger();
    private final LongAdder completed = new LongAdder();
    private final LongAdder abandoned = new LongAdder();
    private volatile boolean running = true;

    private LoadDriver(LoadOptions options) {
        this.options = options;
        this.api = new MotcuaApi(options.url(), stats);
    }

    public static void main(String[] args) throws InterruptedException {
        LoadOptions options;
        try {
            options = LoadOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("load: " + e.getMessage());
            System.exit(2);
            return;
        }
        new LoadDriver(options).run();
    }

    private void run() throws InterruptedException {
        if (!api.healthy()) {
            System.err.println("load: no healthy Motcua at " + options.url() + " (start it with bin/start)");
            System.exit(1);
        }
        System.out.printf("Load on %s: %d clients, up to %d dossiers, up to %d s, a supplement round in 1 of %d%n",
                options.url(), options.clients(), options.dossiers(), options.duration().toSeconds(),
                options.supplementEvery());
        Instant start = Instant.now();
        Instant deadline = start.plus(options.duration());
        Thread sampler = Thread.ofVirtual().start(this::sampleInbox);
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            DossierJourney journey = new DossierJourney(api, options.supplementEvery(), deadline);
            for (int c = 0; c < options.clients(); c++) {
                clients.submit(() -> drive(journey, deadline));
            }
        }
        running = false;
        sampler.join();
        report(Duration.between(start, Instant.now()));
    }

    /** One client: takes the next dossier number until they are all started or time is up. */
    private void drive(DossierJourney journey, Instant deadline) {
        int n;
        while (Instant.now().isBefore(deadline) && (n = started.getAndIncrement()) < options.dossiers()) {
            (journey.run(n) ? completed : abandoned).increment();
        }
    }

    /** What an officer watching the inbox would wait for while the load runs. */
    private void sampleInbox() {
        while (running) {
            api.get("chuyenvien.tuphap", INBOX, INBOX_LABEL);
            try {
                Thread.sleep(INBOX_EVERY);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void report(Duration elapsed) {
        double seconds = elapsed.toMillis() / 1000.0;
        System.out.printf("Elapsed %.1f s%n", seconds);
        System.out.printf("Dossiers completed %d, abandoned after a failure or at the time limit %d%n",
                completed.sum(), abandoned.sum());
        System.out.printf("Dossiers/s %.1f%n", completed.sum() / seconds);
        System.out.printf("Transitions/s %.1f (successful receptions and actions: %d)%n",
                stats.transitions() / seconds, stats.transitions());
        Map<String, Long> errors = stats.errors();
        System.out.println(errors.isEmpty() ? "Errors: none" : "Errors by status code and action:");
        errors.forEach((key, count) -> System.out.printf("  %-60s %d%n", key, count));
        System.out.printf("%-44s %s%n", "Latency of successful calls", Latencies.header());
        Map<String, Latencies> latencies = stats.latencies();
        for (String label : DossierJourney.LABELS) {
            if (latencies.containsKey(label)) {
                System.out.printf("%-44s %s%n", label, latencies.get(label).row());
            }
        }
        if (latencies.containsKey(INBOX_LABEL)) {
            System.out.printf("%-44s %s%n", INBOX_LABEL, latencies.get(INBOX_LABEL).row());
        }
    }
}
