package vn.motcua.load;

import vn.motcua.integration.internal.NationalHistoryLines;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.catalog.Catalog;
import vn.motcua.index.IndexQueries;
import vn.motcua.index.IndexRecompute;
import vn.motcua.index.Ranking;

/**
 * Shows that the index of the province and all its units for a month costs about the same with 100
 * thousand, 1 million and 10 million dossiers: the history is generated in the national format and
 * imported through {@code POST /api/v1/import/dossiers}, the province's steady daily volume going
 * further back at each stage, and the index is timed after each. Runs the whole application on its own
 * throw-away embedded PostgreSQL. Run by {@code bin/index-benchmark [largest size]}.
 */
public final class IndexScaleBenchmark {

    private static final int PER_WORKING_DAY = 3_000;
    private static final int LINES_PER_REQUEST = 500_000;
    private static final int WARM_UP_CALLS = 10;
    private static final int TIMED_CALLS = 30;
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final ConfigurableApplicationContext app;
    private final JdbcClient jdbc;
    private final IndexQueries index;
    private final URI importUri;
    private final URI indexUri;
    private final NationalHistoryLines lines;
    private final HttpClient http = HttpClient.newHttpClient();
    private final LocalDate today = LocalDate.now(VIETNAM);
    private LocalDate oldestDay = today;

    private IndexScaleBenchmark(ConfigurableApplicationContext app) {
        this.app = app;
        jdbc = app.getBean(JdbcClient.class);
        index = app.getBean(IndexQueries.class);
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        importUri = URI.create("http://localhost:" + port + "/api/v1/import/dossiers");
        indexUri = URI.create("http://localhost:" + port + "/api/v1/index");
        lines = new NationalHistoryLines(766, NationalHistoryLines.handlers(app.getBean(Catalog.class)), "BM-", LocalDateTime.now(VIETNAM));
    }

    public static void main(String[] args) throws Exception {
        long largest = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
        try (ConfigurableApplicationContext app = start()) {
            new IndexScaleBenchmark(app).run(largest);
        }
    }

    private static ConfigurableApplicationContext start() {
        return BenchmarkApplication.start("index-benchmark");
    }

    private void run(long largest) throws Exception {
        Map<Long, Map<String, Latencies>> bySize = new LinkedHashMap<>();
        long imported = 0;
        for (long size = 100_000; size <= largest; size *= 10) {
            imported += importHistory(size - imported);
            bySize.put(imported, measure());
        }
        compare(bySize);
        recompute();
    }

    /** A recompute from scratch over the whole history, as an administrator would start it. */
    private void recompute() {
        IndexRecompute.Recomputed done = app.getBean(IndexRecompute.class).recomputeFromScratch();
        System.out.printf("%nRecompute from scratch: %,d dossiers' tallies, %,d live dossiers, %,d procedures in %.1f s%n",
                done.dossiers(), done.liveDossiers(), done.procedures(), done.took().toMillis() / 1e3);
    }

    /** Imports {@code count} more dossiers, the days before those already imported, through the API. */
    private long importHistory(long count) throws Exception {
        long start = System.nanoTime();
        long sent = 0;
        long created = 0;
        while (sent < count) {
            int batch = (int) Math.min(LINES_PER_REQUEST, count - sent);
            JsonNode answer = post(batch);
            created += answer.get("created").asLong();
            if (answer.get("rejected").asLong() > 0) {
                throw new IllegalStateException("Lines rejected: " + answer.get("errors"));
            }
            sent += batch;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        jdbc.sql("vacuum analyze index_dossier_fact").update();
        jdbc.sql("checkpoint").update();
        System.out.printf("Imported %,d dossiers (%s to %s) through the API in %.0f s: %,.0f lines/s%n", created,
                oldestDay, today, seconds, sent / seconds);
        return sent;
    }

    private JsonNode post(int count) throws IOException, InterruptedException {
        Supplier<InputStream> body = () -> new LineStream(olderLines(count));
        HttpRequest request = HttpRequest.newBuilder(importUri)
                .header("Content-Type", "application/x-ndjson")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("admin:motcua-demo".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofInputStream(body)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Import answered " + response.statusCode() + ": " + response.body());
        }
        return JsonMapper.builder().build().readTree(response.body());
    }

    /** {@code count} lines, whole working days at a time, going back from the oldest day imported. */
    private java.util.Iterator<String> olderLines(int count) {
        return new java.util.Iterator<>() {
            int produced;
            int indexInDay = PER_WORKING_DAY;

            @Override
            public boolean hasNext() {
                return produced < count;
            }

            @Override
            public String next() {
                if (indexInDay == PER_WORKING_DAY) {
                    do {
                        oldestDay = oldestDay.minusDays(1);
                    } while (oldestDay.getDayOfWeek() == DayOfWeek.SATURDAY
                            || oldestDay.getDayOfWeek() == DayOfWeek.SUNDAY);
                    indexInDay = 0;
                }
                produced++;
                return lines.line(oldestDay, indexInDay++);
            }
        };
    }

    private Map<String, Latencies> measure() throws Exception {
        YearMonth month = YearMonth.from(today);
        YearMonth last = month.minusMonths(1);
        Map<String, Latencies> results = new LinkedHashMap<>();
        results.put("province + all units, " + last, time(() -> index.reports(last.atDay(1), last.atEndOfMonth())));
        results.put("province + all units, " + month + " to date",
                time(() -> index.reports(month.atDay(1), today)));
        results.put("ranking of communes, " + month, time(() -> index.ranking(Ranking.Group.COMMUNES, month)));
        results.put("GET /api/v1/index (province, month to date)", time(this::getIndex));
        System.out.printf("%-50s %s%n", describe(), Latencies.header());
        results.forEach((label, latencies) -> System.out.printf("%-50s %s%n", label, latencies.row()));
        System.out.println();
        return results;
    }

    private Object getIndex() {
        try {
            return http.send(HttpRequest.newBuilder(indexUri).build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Latencies time(Supplier<?> call) {
        for (int i = 0; i < WARM_UP_CALLS; i++) {
            call.get();
        }
        Latencies latencies = new Latencies();
        for (int i = 0; i < TIMED_CALLS; i++) {
            long start = System.nanoTime();
            call.get();
            latencies.record(System.nanoTime() - start);
        }
        return latencies;
    }

    private String describe() {
        return jdbc.sql("""
                select format('%s dossiers, %s open; facts %s, daily tallies %s',
                    to_char(count(*), 'FM99,999,999'), count(*) filter (where finished_at is null and not withdrawn),
                    pg_size_pretty(pg_total_relation_size('index_dossier_fact')),
                    pg_size_pretty(pg_total_relation_size('index_daily_tally')))
                from index_dossier_fact""").query(String.class).single();
    }

    private static void compare(Map<Long, Map<String, Latencies>> bySize) {
        List<Long> sizes = new ArrayList<>(bySize.keySet());
        StringBuilder header = new StringBuilder("%-50s".formatted("p50 / p99 in ms"));
        sizes.forEach(size -> header.append("%20s".formatted("%,d".formatted(size))));
        System.out.println(header);
        for (String label : bySize.get(sizes.getFirst()).keySet()) {
            StringBuilder row = new StringBuilder("%-50s".formatted(label));
            for (Long size : sizes) {
                Latencies latencies = bySize.get(size).get(label);
                row.append("%20s".formatted("%.1f / %.1f".formatted(latencies.millisAt(0.5), latencies.millisAt(0.99))));
            }
            System.out.println(row);
        }
    }

    /** Lines as a stream of UTF-8 bytes, produced as the HTTP client reads them. */
    private static final class LineStream extends InputStream {

        private final java.util.Iterator<String> lines;
        private byte[] current = new byte[0];
        private int position;

        LineStream(java.util.Iterator<String> lines) {
            this.lines = lines;
        }

        @Override
        public int read() {
            if (!fill()) {
                return -1;
            }
            return current[position++] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (!fill()) {
                return -1;
            }
            int count = Math.min(length, current.length - position);
            System.arraycopy(current, position, buffer, offset, count);
            position += count;
            return count;
        }

        private boolean fill() {
            while (position == current.length) {
                if (!lines.hasNext()) {
                    return false;
                }
                current = (lines.next() + "\n").getBytes(StandardCharsets.UTF_8);
                position = 0;
            }
            return true;
        }
    }
}
