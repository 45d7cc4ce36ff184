package vn.motcua.platform;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Periodic background work that one node of the province does at a time (the file sweep…), when two
 * or more application nodes share the database.
 *
 * <p>A node claims the work for a period and keeps it by claiming again before the period ends; the
 * others are refused until a period passes without the holder coming back (it stopped or died), then
 * the first to ask takes over. Time here is the database's clock, the one every node shares, not the
 * application's injected clock, which tests move and nodes may disagree on.
 */
@Component
public class NodeLeases {

    private final JdbcClient jdbc;
    private final String node;

    NodeLeases(JdbcClient jdbc, @Value("${motcua.node.name:}") String name) {
        this.jdbc = jdbc;
        this.node = StringUtils.hasText(name) ? name : defaultName();
    }

    /** This node's name in the lease table (env {@code MOTCUA_NODE_NAME}, else host and a random suffix). */
    public String node() {
        return node;
    }

    /**
     * Claims {@code work} for {@code period}: true when this node holds it now (newly or again), false
     * while another node does.
     */
    public boolean claim(String work, Duration period) {
        return jdbc.sql("""
                insert into platform_lease (name, holder, acquired_at, expires_at)
                values (:work, :node, clock_timestamp(), clock_timestamp() + make_interval(secs => :seconds))
                on conflict (name) do update
                    set holder = excluded.holder, acquired_at = excluded.acquired_at, expires_at = excluded.expires_at
                    where platform_lease.holder = excluded.holder or platform_lease.expires_at < clock_timestamp()""")
                .param("work", work).param("node", node).param("seconds", period.toMillis() / 1000.0)
                .update() == 1;
    }

    /** Runs {@code task} when this node holds {@code work} for the next {@code period}. */
    public void runIfClaimed(String work, Duration period, Runnable task) {
        if (claim(work, period)) {
            task.run();
        }
    }

    private static String defaultName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "node";
        }
        return host + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
