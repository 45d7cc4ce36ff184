package vn.motcua.load;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * The ceiling of issue 15: PostgreSQL's own {@code pgbench} TPC-B (five statements, one commit a
 * transaction) on the same kind of embedded PostgreSQL as {@link WritePathBenchmark}
 * ({@link BenchmarkPostgres}), scale 10, 8 clients on 2 threads, after a 10 s warm-up. Prints statements,
 * commits and WAL flushes per transaction over 1000 transactions of one client (as the engines are profiled
 * one lifecycle after another), then pgbench's report of the measured run, where the backends waited during
 * it, and the p50/p99 of a transaction from pgbench's per-transaction log. Run by {@code bin/write-benchmark}: arguments are the measured seconds and
 * the pgbench program ({@code motcua_pgbench} of {@code bin/prerequisites.sh}).
 */
public final class PgbenchBenchmark {

    private static final int SCALE = 10;
    private static final int SEQUENTIAL = 1000;
    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");
    private static final Path LOGS = BenchmarkResult.DIRECTORY.resolve("pgbench-log");

    private final String pgbench;
    private final int port;

    private PgbenchBenchmark(String pgbench, int port) {
        this.pgbench = pgbench;
        this.port = port;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: PgbenchBenchmark <seconds> <path of pgbench>");
        }
        int seconds = (int) Math.ceil(Double.parseDouble(args[0]));
        try (EmbeddedPostgres postgres = BenchmarkPostgres.start("pgbench-benchmark")) {
            new PgbenchBenchmark(args[1], postgres.getPort()).run(seconds, postgres.getPostgresDatabase());
        }
    }

    private void run(int seconds, DataSource server) throws Exception {
        PostgresActivity activity = new PostgresActivity(server);
        System.out.printf("pgbench TPC-B: scale %d, 8 clients, 2 threads, %d s, fsync on, %d cores%n", SCALE, seconds,
                Runtime.getRuntime().availableProcessors());
        pgbench("-i", "-q", "-s", String.valueOf(SCALE));
        pgbench("-c", "8", "-j", "2", "-T", "10");
        activity.reset();
        pgbench("-n", "-c", "1", "-t", String.valueOf(SEQUENTIAL));
        System.out.println();
        activity.print(SEQUENTIAL + " transactions one after another", SEQUENTIAL, "transaction");
        clearLogs();
        PostgresWaits waits = PostgresWaits.start(server);
        String report = pgbench("-n", "-c", "8", "-j", "2", "-T", String.valueOf(seconds),
                "--log", "--log-prefix=" + LOGS.resolve("tx"));
        System.out.println();
        System.out.print(report);
        waits.close();
        Matcher tps = TPS.matcher(report);
        if (!tps.find()) {
            throw new IllegalStateException("no tps in pgbench's report:\n" + report);
        }
        Latencies latencies = logged();
        System.out.println("per transaction (ms)     " + Latencies.header());
        System.out.println("                         " + latencies.row());
        new BenchmarkResult("pgbench", "transaction", latencies.count(),
                latencies.count() / Double.parseDouble(tps.group(1)), latencies.millisAt(0.50),
                latencies.millisAt(0.99)).save();
    }

    /** Runs pgbench against the server and returns what it printed; fails with it if pgbench fails. */
    private String pgbench(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(pgbench, "-h", "localhost", "-p", String.valueOf(port),
                "-U", "postgres"));
        command.addAll(List.of(arguments));
        command.add("postgres");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
        return output;
    }

    private static void clearLogs() throws IOException {
        Files.createDirectories(LOGS);
        try (Stream<Path> old = Files.list(LOGS)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
    }

    /** Latencies of every transaction from pgbench's logs: the third field is the latency in microseconds. */
    private static Latencies logged() throws IOException {
        Latencies latencies = new Latencies();
        try (Stream<Path> files = Files.list(LOGS)) {
            for (Path file : files.toList()) {
                try (Stream<String> lines = Files.lines(file)) {
                    lines.forEach(line -> latencies.record(Long.parseLong(line.split(" ")[2]) * 1000));
                }
            }
        }
        return latencies;
    }
}
