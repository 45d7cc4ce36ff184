package vn.motcua.load;

import java.util.Arrays;

/**
 * Latencies of one kind of call, kept whole (a few thousand longs) rather than bucketed: exact
 * percentiles without HdrHistogram, which is not on the classpath. Safe to record from many threads.
 */
final class Latencies {

    private long[] nanos = new long[1024];
    private int count;

    synchronized void record(long elapsedNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = elapsedNanos;
    }

    synchronized int count() {
        return count;
    }

    /** The nearest-rank percentile in milliseconds, e.g. {@code millisAt(0.99)}; 0 when nothing was recorded. */
    synchronized double millisAt(double quantile) {
        if (count == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(quantile * count);
        return sorted[Math.clamp(rank - 1, 0, count - 1)] / 1e6;
    }

    /** "n p50 p95 p99 max" in milliseconds, aligned for a table. */
    String row() {
        return "%7d %9.2f %9.2f %9.2f %9.2f".formatted(count(), millisAt(0.50), millisAt(0.95), millisAt(0.99),
                millisAt(1.0));
    }

    static String header() {
        return "%7s %9s %9s %9s %9s".formatted("n", "p50 ms", "p95 ms", "p99 ms", "max ms");
    }
}
