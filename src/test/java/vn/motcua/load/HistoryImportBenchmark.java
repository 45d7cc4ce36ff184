package vn.motcua.load;

import vn.motcua.integration.internal.NationalHistoryLines;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import vn.motcua.catalog.Catalog;
import vn.motcua.integration.internal.DossierLineMapper;
import vn.motcua.integration.internal.LineReader;
import vn.motcua.integration.internal.References;
import vn.motcua.organization.ProvinceCalendar;
import vn.motcua.organization.Unit;
import vn.motcua.organization.UnitDirectory;
import vn.motcua.platform.NotFoundException;

/**
 * How fast dossier history imports: generates a JSON Lines file ({@code PortalHistoryFile}, 200,000
 * lines unless an argument says otherwise), then measures reading and mapping alone, the first import
 * through {@code POST /api/v1/import/dossiers} (every dossier created) and a second one (every dossier
 * updated). Runs the whole application on its own throw-away embedded PostgreSQL. Run by
 * {@code bin/import-benchmark [lines]}.
 */
public final class HistoryImportBenchmark {

    private final ConfigurableApplicationContext app;
    private final HttpClient http = HttpClient.newHttpClient();

    private HistoryImportBenchmark(ConfigurableApplicationContext app) {
        this.app = app;
    }

    public static void main(String[] args) throws Exception {
        int lines = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        try (ConfigurableApplicationContext app = start()) {
            new HistoryImportBenchmark(app).run(lines);
        }
    }

    private static ConfigurableApplicationContext start() {
        return BenchmarkApplication.start("import-benchmark");
    }

    private void run(int lines) throws Exception {
        Path file = Files.createTempFile("history-", ".jsonl");
        try {
            long started = System.nanoTime();
            java.time.LocalDateTime now = app.getBean(ProvinceCalendar.class).now();
            NationalHistoryLines generator = new NationalHistoryLines(766,
                    NationalHistoryLines.handlers(app.getBean(Catalog.class)), "LS-", now);
            long bytes = new PortalHistoryFile(generator, 766).write(file, lines, now.toLocalDate());
            System.out.printf("Generated %,d lines, %,.1f MB, in %.1f s%n", lines, bytes / 1e6, seconds(started));
            mapOnly(file, lines);
            viaApi(file, lines, "first import (all created)");
            viaApi(file, lines, "second import (all updated)");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Reading and mapping without the database: the share of the import that is Java. */
    private void mapOnly(Path file, int lines) throws Exception {
        ProvinceCalendar calendar = app.getBean(ProvinceCalendar.class);
        Catalog catalog = app.getBean(Catalog.class);
        References references = new References(java.util.Set.copyOf(units()), code -> {
            try {
                return catalog.versions(code);
            } catch (NotFoundException e) {
                return List.of();
            }
        }, catalog::version, calendar.calendar().workingHours().zone());
        DossierLineMapper mapper = new DossierLineMapper(references, calendar.calendar(), calendar.now());
        long started = System.nanoTime();
        int accepted = 0;
        try (InputStream in = Files.newInputStream(file)) {
            LineReader reader = new LineReader(in, 1 << 20);
            for (LineReader.Line line = reader.next(); line != null; line = reader.next()) {
                accepted += mapper.map(line.bytes(), line.length()).isAccepted() ? 1 : 0;
            }
        }
        double took = seconds(started);
        System.out.printf("%-30s %,9d lines in %6.1f s = %,8.0f lines/s (%,d accepted)%n", "read and map only", lines,
                took, lines / took, accepted);
    }

    private void viaApi(Path file, int lines, String label) throws Exception {
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/import/dossiers"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("admin:motcua-demo".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-ndjson").timeout(Duration.ofHours(1))
                .POST(HttpRequest.BodyPublishers.ofFile(file)).build();
        long started = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        double took = seconds(started);
        String body = response.body();
        System.out.printf("%-30s %,9d lines in %6.1f s = %,8.0f lines/s; HTTP %d %s%n", label, lines, took,
                lines / took, response.statusCode(), body.substring(0, body.indexOf(",\"errors\"")) + "…}");
    }

    private List<String> units() {
        return app.getBean(UnitDirectory.class).all().stream().map(Unit::identifier).toList();
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }
}
