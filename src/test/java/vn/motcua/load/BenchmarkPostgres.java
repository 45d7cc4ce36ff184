package vn.motcua.load;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The PostgreSQL of the write benchmarks (Motcua, Flowable, pgbench): the embedded PostgreSQL 15 the
 * application runs on, with its own throw-away data directory under {@code target/}, fsync, synchronous
 * commit and full-page writes on, {@code pg_stat_statements} loaded and tracking nested statements, and the
 * time of WAL writes and fsyncs tracked ({@code track_wal_io_timing}, a clock read around each).
 * The same server settings for all three, so their figures differ only by the work they send.
 */
final class BenchmarkPostgres {

    private BenchmarkPostgres() {
    }

    /** Starts a fresh server in {@code target/<name>-postgres}; its database {@code postgres}, user {@code postgres}. */
    static EmbeddedPostgres start(String name) throws IOException, SQLException {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(Path.of("target/" + name + "-postgres")).setCleanDataDirectory(true)
                .setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on").setServerConfig("max_connections", "100")
                .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                .setServerConfig("pg_stat_statements.track", "all")
                .setServerConfig("track_wal_io_timing", "on").start();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create extension pg_stat_statements");
        }
        return postgres;
    }

    static String jdbcUrl(EmbeddedPostgres postgres) {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
    }
}
