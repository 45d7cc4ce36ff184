package vn.motcua.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.motcua.dossier.Actor;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.dossier.InboxQuery;
import vn.motcua.organization.OfficerPrincipal;

/**
 * Shows that an officer's inbox costs the same with 10,000 and with 1,000,000 dossiers in the table:
 * the open dossiers (the same 500 in both, 50 per unit) are all it reads, through the partial indexes.
 * Runs the whole application on its own throw-away embedded PostgreSQL. Run by {@code bin/inbox-benchmark}.
 */
public final class InboxScaleBenchmark {

    private static final int OPEN = 500;
    private static final long SMALL = 10_000;
    private static final long LARGE = 1_000_000;
    private static final int WARM_UP_CALLS = 500;
    private static final int TIMED_CALLS = 200;
    private static final String OFFICER = "chuyenvien.tuphap";
    private static final String JUSTICE = "000.00.02.H18";

    private static final List<InboxQuery> QUERIES = List.of(
            query(InboxQuery.Scope.UNIT, InboxQuery.Filter.ALL),
            query(InboxQuery.Scope.UNIT, InboxQuery.Filter.LATE),
            query(InboxQuery.Scope.UNIT, InboxQuery.Filter.AT_RISK),
            query(InboxQuery.Scope.MINE, InboxQuery.Filter.ALL));

    /** The page query of InboxRepository for scope UNIT, filter ALL, page 1 of 20. */
    private static final String UNIT_ALL_PAGE = """
            select code, procedure_code, procedure_name, applicant_name, applicant_id_number, status, channel,
                   receiving_unit, current_unit, current_assignee, current_deadline_at, appointment_at, submitted_at
            from dossier where status in (1, 2, 4, 5, 6, 9) and current_unit = ?
            order by current_deadline_at asc nulls last, id limit 20 offset 0""";
    private static final String UNIT_ALL_COUNT =
            "select count(*) from dossier where status in (1, 2, 4, 5, 6, 9) and current_unit = ?";

    private final JdbcClient jdbc;
    private final DossierHistory history;
    private final DossierQueries queries;
    private final Actor officer;

    private InboxScaleBenchmark(ConfigurableApplicationContext app) {
        jdbc = app.getBean(JdbcClient.class);
        history = new DossierHistory(jdbc);
        queries = app.getBean(DossierQueries.class);
        officer = Actor.of((OfficerPrincipal) app.getBean(UserDetailsService.class).loadUserByUsername(OFFICER));
    }

    public static void main(String[] args) {
        try (ConfigurableApplicationContext app = start()) {
            new InboxScaleBenchmark(app).run();
        }
    }

    private static ConfigurableApplicationContext start() {
        return BenchmarkApplication.start("inbox-benchmark");
    }

    private void run() {
        generate("open dossiers, 50 in each of 10 units", () -> history.open(1, OPEN));
        generate("closed dossiers", () -> history.closed(OPEN + 1, SMALL));
        Map<String, Latencies> small = measure();
        generate("more closed dossiers", () -> history.closed(SMALL + 1, LARGE));
        Map<String, Latencies> large = measure();
        compare(small, large);
        explain(UNIT_ALL_PAGE);
        explain(UNIT_ALL_COUNT);
    }

    private void generate(String what, IntSupplier insert) {
        long start = System.nanoTime();
        int rows = insert.getAsInt();
        double insertSeconds = (System.nanoTime() - start) / 1e9;
        long analyzeStart = System.nanoTime();
        // As autovacuum would have done on a live table: fresh statistics and visibility map. The checkpoint
        // flushes the burst of writes now, so it does not land in the middle of the timed reads.
        jdbc.sql("vacuum analyze dossier").update();
        jdbc.sql("checkpoint").update();
        System.out.printf("Generated %,d %s in %.1f s (%,.0f rows/s); vacuum analyze and checkpoint %.1f s%n", rows, what,
                insertSeconds, rows / insertSeconds, (System.nanoTime() - analyzeStart) / 1e9);
    }

    private Map<String, Latencies> measure() {
        describeTable();
        Map<String, Latencies> results = new LinkedHashMap<>();
        for (InboxQuery query : QUERIES) {
            for (int i = 0; i < WARM_UP_CALLS; i++) {
                queries.inbox(officer, query);
            }
            Latencies latencies = new Latencies();
            long total = 0;
            for (int i = 0; i < TIMED_CALLS; i++) {
                long start = System.nanoTime();
                total = queries.inbox(officer, query).total();
                latencies.record(System.nanoTime() - start);
            }
            results.put(label(query) + " (" + total + " match)", latencies);
        }
        System.out.printf("%-28s %s%n", "inbox of " + OFFICER, Latencies.header());
        results.forEach((label, latencies) -> System.out.printf("%-28s %s%n", label, latencies.row()));
        System.out.println();
        return results;
    }

    private void describeTable() {
        System.out.println(jdbc.sql("""
                select format('dossier: %s rows, %s open (%s at %s); table %s, dossier_inbox_unit %s,'
                              || ' dossier_inbox_assignee %s',
                    to_char(count(*), 'FM9,999,999'), count(*) filter (where status in (1, 2, 4, 5, 6, 9)),
                    count(*) filter (where status in (1, 2, 4, 5, 6, 9) and current_unit = ?), ?::text,
                    pg_size_pretty(pg_total_relation_size('dossier')),
                    pg_size_pretty(pg_relation_size('dossier_inbox_unit')),
                    pg_size_pretty(pg_relation_size('dossier_inbox_assignee')))
                from dossier""").params(JUSTICE, JUSTICE).query(String.class).single());
    }

    private static void compare(Map<String, Latencies> small, Map<String, Latencies> large) {
        System.out.printf("%-28s %16s %16s%n", "p50 / p99 in ms", "10,000 dossiers", "1,000,000 dossiers");
        var smallRows = List.copyOf(small.entrySet());
        var largeRows = List.copyOf(large.values());
        for (int i = 0; i < smallRows.size(); i++) {
            System.out.printf("%-28s %16s %16s%n", smallRows.get(i).getKey().replaceAll(" \\(.*", ""),
                    pair(smallRows.get(i).getValue()), pair(largeRows.get(i)));
        }
        System.out.println("""
                Both tables hold the same 500 open dossiers (50 per unit); only the closed history grew 100-fold.
                The inbox reads open dossiers through the partial indexes, so the history does not change its cost.
                """);
    }

    private void explain(String sql) {
        System.out.println("explain (analyze, buffers) " + sql.replace("?", "'" + JUSTICE + "'"));
        jdbc.sql("explain (analyze, buffers) " + sql).param(JUSTICE).query(String.class).list()
                .forEach(line -> System.out.println("  " + line));
        System.out.println();
    }

    private static String pair(Latencies latencies) {
        return "%.2f / %.2f".formatted(latencies.millisAt(0.50), latencies.millisAt(0.99));
    }

    private static String label(InboxQuery query) {
        return query.scope() + "/" + query.filter();
    }

    private static InboxQuery query(InboxQuery.Scope scope, InboxQuery.Filter filter) {
        return new InboxQuery(scope, filter, null, null, 1, InboxQuery.DEFAULT_SIZE);
    }
}
