package vn.motcua.platform;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * Where the data lives. With no {@code url} the application runs its own PostgreSQL keeping its
 * files in {@code dataDirectory}; with a {@code url} (env {@code MOTCUA_DB_URL}) it uses that server.
 *
 * @param url JDBC URL of an external PostgreSQL, empty for the embedded one
 * @param user user of the external database
 * @param password password of the external database
 * @param dataDirectory data folder of the embedded PostgreSQL
 * @param cleanDataDirectory start the embedded PostgreSQL on an empty folder (tests)
 * @param maxPoolSize connections in the pool
 */
@ConfigurationProperties("motcua.db")
public record DatabaseProperties(
        String url,
        String user,
        String password,
        Path dataDirectory,
        boolean cleanDataDirectory,
        int maxPoolSize) {

    public DatabaseProperties {
        dataDirectory = dataDirectory == null ? Path.of("data", "postgres") : dataDirectory;
        maxPoolSize = maxPoolSize <= 0 ? 20 : maxPoolSize;
    }

    /** True when no external database is configured and the application runs its own. */
    public boolean embedded() {
        return !StringUtils.hasText(url);
    }
}
