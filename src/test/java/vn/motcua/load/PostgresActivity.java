package vn.motcua.load;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * What a benchmark's work cost the server, read from {@code pg_stat_statements}, {@code pg_stat_database}
 * and {@code pg_stat_wal}: statements, commits and WAL flushes (each one an fsync), so that engines can be
 * compared by the work they send rather than by their wall time alone. The benchmark's own polling
 * queries are left out by the LIKE patterns it names. Reads through one connection of its own, opened at
 * once, so that opening connections adds no statement ({@code SET application_name}) to what it counts.
 */
final class PostgresActivity {

    private final JdbcClient jdbc;
    private final String ignored;

    PostgresActivity(DataSource server, String... ignoredQueryPatterns) throws SQLException {
        jdbc = JdbcClient.create(new SingleConnectionDataSource(server.getConnection(), true));
        StringBuilder where = new StringBuilder("query not like '%pg_stat%'");
        for (String pattern : ignoredQueryPatterns) {
            where.append(" and query not like '").append(pattern.replace("'", "''")).append('\'');
        }
        ignored = where.toString();
    }

    /** Forgets every statement, transaction and WAL counter so far. */
    void reset() {
        jdbc.sql("select pg_stat_statements_reset()").query(Object.class).list();
        jdbc.sql("select pg_stat_reset_shared('wal')").query(Object.class).list();
        jdbc.sql("select pg_stat_reset()").query(Object.class).list();
    }

    /** Statements executed since the reset, nested ones (foreign-key checks) included, transaction control not. */
    long statements() {
        return jdbc.sql("select coalesce(sum(calls), 0) from pg_stat_statements where " + ignored
                + " and upper(query) not in ('BEGIN', 'COMMIT', 'END', 'ROLLBACK')").query(Long.class).single();
    }

    /**
     * One line: statements, commits, WAL flushes and deadlocks per unit of work, then the statements by
     * kind. Waits first for the backends to publish their counters, which they do when idle, at most
     * every 10 s.
     */
    void print(String heading, double units, String unit) throws InterruptedException {
        Thread.sleep(Duration.ofSeconds(11));
        System.out.printf("%s, per %s: %.1f statements, %.2f commits, %.2f WAL flushes (fsync) taking %.2f ms, "
                + "%d deadlocks%n", heading, unit, statements() / units,
                jdbc.sql("select xact_commit from pg_stat_database where datname = current_database()")
                        .query(Long.class).single() / units,
                jdbc.sql("select wal_sync from pg_stat_wal").query(Long.class).single() / units,
                jdbc.sql("select wal_sync_time from pg_stat_wal").query(Double.class).single() / units,
                jdbc.sql("select deadlocks from pg_stat_database where datname = current_database()")
                        .query(Long.class).single());
        System.out.printf("statements by kind, calls per %s:%n", unit);
        statementsByKind(units).forEach(System.out::println);
    }

    private List<String> statementsByKind(double units) {
        return jdbc.sql("select calls, left(regexp_replace(query, '\\s+', ' ', 'g'), 110) from pg_stat_statements"
                        + " where " + ignored + " order by calls desc, 2 limit 30")
                .query((rs, n) -> "%6.2f  %s".formatted(rs.getLong(1) / units, rs.getString(2))).list();
    }
}
