package vn.motcua.load;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Where the server's client backends spend a benchmark's time, by sampling {@code pg_stat_activity} every
 * 20 ms from a connection of its own: running (on a CPU, or waiting for one on a busy machine), waiting on a
 * lock (with the statement that waits), on the WAL's fsync, or idle inside a transaction while the application
 * works. Started before the
 * measured run, closed after it, when it prints each state's share of the samples and how many backends
 * were in it on average.
 */
final class PostgresWaits implements AutoCloseable {

    private static final Duration EVERY = Duration.ofMillis(20);
    private static final String SAMPLE = """
            select case when state <> 'active' then 'idle in transaction (the application''s turn)'
                        when wait_event_type = 'Lock' then wait_event_type || ':' || wait_event || ' — '
                            || left(regexp_replace(query, '\s+', ' ', 'g'), 48)
                        else coalesce(wait_event_type || ':' || wait_event, 'CPU (running)') end, count(*)
            from pg_stat_activity
            where backend_type = 'client backend' and pid <> pg_backend_pid()
                and state in ('active', 'idle in transaction') and query not like '%pg_stat%'
            group by 1""";

    private final Connection connection;
    private final Thread sampler;
    private final Map<String, Long> backends = new TreeMap<>();
    private long samples;
    private volatile boolean running = true;

    private PostgresWaits(DataSource dataSource) throws SQLException {
        connection = dataSource.getConnection();
        sampler = Thread.ofPlatform().name("postgres-waits").daemon().start(this::sample);
    }

    static PostgresWaits start(DataSource dataSource) throws SQLException {
        return new PostgresWaits(dataSource);
    }

    private void sample() {
        try (Statement statement = connection.createStatement()) {
            while (running) {
                try (ResultSet rs = statement.executeQuery(SAMPLE)) {
                    while (rs.next()) {
                        backends.merge(rs.getString(1), rs.getLong(2), Long::sum);
                    }
                }
                samples++;
                Thread.sleep(EVERY);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("sampling pg_stat_activity failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws InterruptedException, SQLException {
        running = false;
        sampler.join();
        connection.close();
        long total = backends.values().stream().mapToLong(Long::longValue).sum();
        System.out.printf("where the backends were (pg_stat_activity every %d ms, %d samples, %.1f backends busy "
                + "on average):%n", EVERY.toMillis(), samples, total / (double) samples);
        backends.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> System.out.printf("  %5.1f %%  %5.2f backends  %s%n", 100.0 * e.getValue() / total,
                        e.getValue() / (double) samples, e.getKey()));
    }
}
