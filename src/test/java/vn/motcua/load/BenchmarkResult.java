package vn.motcua.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The headline of one write benchmark, left in {@code target/write-benchmark/<engine>.properties} for
 * {@code bin/write-benchmark}'s comparison table: operations per second over the measured seconds, and
 * the p50/p99 of one operation in milliseconds (0 when the tool gives no percentiles, as pgbench).
 */
record BenchmarkResult(String engine, String unit, long operations, double seconds, double p50, double p99) {

    static final Path DIRECTORY = Path.of("target/write-benchmark");

    static BenchmarkResult of(String engine, String unit, Latencies latencies, double seconds) {
        return new BenchmarkResult(engine, unit, latencies.count(), seconds, latencies.millisAt(0.50),
                latencies.millisAt(0.99));
    }

    double perSecond() {
        return operations / seconds;
    }

    void save() throws IOException {
        Files.createDirectories(DIRECTORY);
        Files.writeString(DIRECTORY.resolve(engine + ".properties"), String.format(Locale.ROOT, """
                unit=%s
                operations=%d
                seconds=%.3f
                per_second=%.1f
                p50_ms=%.2f
                p99_ms=%.2f
                """, unit, operations, seconds, perSecond(), p50, p99));
    }
}
