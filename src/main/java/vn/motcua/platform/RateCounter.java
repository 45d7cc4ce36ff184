package vn.motcua.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts attempts per client and clock minute in the database, so that every node of the province
 * counts together: a client spread over two nodes gets no more than one would allow. Fixed minutes
 * (a client may place up to twice the limit across a minute's boundary, never more); an attempt past
 * the limit is refused and not counted. A client's earlier minutes are dropped when its next starts,
 * and anyone's older than a few minutes with them, so the table holds only the last minutes' clients.
 */
@Component
public class RateCounter {

    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final Clock clock;

    RateCounter(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Counts one attempt of {@code client} in {@code scope}; empty when allowed, else how long until the
     * minute ends and the client may try again.
     */
    public Optional<Duration> acquire(String scope, String client, int perMinute) {
        Instant now = clock.instant();
        Instant window = now.truncatedTo(ChronoUnit.MINUTES);
        Optional<Integer> hits = jdbc.sql("""
                insert into platform_rate_count (scope, client, window_start, hits) values (?, ?, ?, 1)
                on conflict (scope, client, window_start) do update set hits = platform_rate_count.hits + 1
                    where platform_rate_count.hits < ?
                returning hits""")
                .params(scope, client, java.sql.Timestamp.from(window), perMinute).query(Integer.class).optional();
        if (hits.isEmpty()) {
            return Optional.of(Duration.between(now, window.plus(WINDOW)));
        }
        if (hits.get() == 1) {
            jdbc.sql("delete from platform_rate_count where window_start < ?")
                    .param(java.sql.Timestamp.from(window.minus(WINDOW.multipliedBy(2)))).update();
        }
        return Optional.empty();
    }
}
