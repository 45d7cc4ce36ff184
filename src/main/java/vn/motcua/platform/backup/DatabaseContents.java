package vn.motcua.platform.backup;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/** What a Motcua database holds, read on one connection (inside its transaction, when it has one). */
final class DatabaseContents {

    private DatabaseContents() {
    }

    /** Rows of every table of the current schema, by table name. */
    static SortedMap<String, Long> rows(Connection connection) throws SQLException {
        SortedMap<String, Long> rows = new TreeMap<>();
        for (String table : tables(connection)) {
            rows.put(table, single(connection, "select count(*) from \"" + table.replace("\"", "\"\"") + "\""));
        }
        return rows;
    }

    /** The last Flyway migration applied; refuses a database Motcua never ran on. */
    static String schemaVersion(Connection connection) throws SQLException {
        if (!tables(connection).contains("flyway_schema_history")) {
            throw new BackupException("This database holds no Motcua schema (no flyway_schema_history table)");
        }
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select version from flyway_schema_history "
                        + "where success and version is not null order by installed_rank desc limit 1")) {
            return rs.next() ? rs.getString(1) : "";
        }
    }

    /** Whether the current schema has no tables, views or sequences: a database to restore into. */
    static boolean empty(Connection connection) throws SQLException {
        return single(connection, """
                select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = current_schema() and c.relkind in ('r', 'p', 'v', 'm', 'S')""") == 0;
    }

    private static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(
                        "select tablename from pg_tables where schemaname = current_schema() order by tablename")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
