package vn.motcua.platform;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Statements committed at once, whatever transaction the caller is in — the autonomous transaction
 * PostgreSQL lacks — for counters that many transactions take a number from and must not hold until
 * they commit (a unit's dossier codes of the day: held by each reception to its end, they made every
 * reception at one centre wait for the one before, {@code docs/performance.md}).
 *
 * <p>Why a small pool of its own, read with plain JDBC: the caller waits here while holding a connection
 * of the main pool, and each connection here is held for one statement only, so no one ever waits for a
 * connection that its holder cannot give back; plain JDBC keeps Spring from tying the connection to the
 * caller's transaction until it ends.
 */
public final class AutonomousStatements implements AutoCloseable {

    private final HikariDataSource pool;

    AutonomousStatements(HikariConfig main, int connections) {
        HikariConfig config = new HikariConfig();
        main.copyStateTo(config);
        config.setPoolName(main.getPoolName() + "-autonomous");
        config.setMaximumPoolSize(connections);
        config.setMinimumIdle(1);
        config.setAutoCommit(true);
        pool = new HikariDataSource(config);
    }

    /** Runs {@code sql} (which returns one number, e.g. an upsert's {@code returning}) and commits it. */
    public long number(String sql, Object... parameters) {
        try (Connection connection = pool.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("No number from: " + sql);
                }
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Autonomous statement failed: " + sql, e);
        }
    }

    @Override
    public void close() {
        pool.close();
    }
}
