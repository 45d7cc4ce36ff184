package vn.motcua.platform.backup;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

/**
 * Where a PostgreSQL database is reached, as both JDBC and PostgreSQL's own tools need it.
 *
 * @param host host name
 * @param port port
 * @param database database name
 * @param user user
 * @param password password, may be empty
 */
public record DatabaseServer(String host, int port, String database, String user, String password) {

    /** Reads host, port and database from a {@code jdbc:postgresql://host[:port]/database[?…]} URL. */
    public static DatabaseServer fromJdbcUrl(String jdbcUrl, String user, String password) {
        if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:postgresql://")) {
            throw new BackupException("Not a PostgreSQL JDBC URL: " + jdbcUrl);
        }
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        if (uri.getHost() == null || path.isEmpty()) {
            throw new BackupException("The JDBC URL names no host or database: " + jdbcUrl);
        }
        return new DatabaseServer(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), path, user,
                password == null ? "" : password);
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/" + database, user, password);
    }

    /** The environment PostgreSQL's tools read the same connection from (no password on a command line). */
    Map<String, String> environment() {
        return Map.of("PGHOST", host, "PGPORT", Integer.toString(port), "PGDATABASE", database, "PGUSER", user,
                "PGPASSWORD", password);
    }
}
