package vn.motcua.platform;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The one DataSource: a Hikari pool over either the embedded PostgreSQL or the configured server; and
 * {@link AutonomousStatements}, a few connections of their own for statements committed at once.
 * The pool takes the embedded server as a dependency so that Spring closes the pool first.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({DatabaseProperties.class, DemoProperties.class})
class DatabaseConfiguration {

    /** Each is held for one statement: a few serve every node's receptions. */
    private static final int AUTONOMOUS_CONNECTIONS = 4;

    @Bean(destroyMethod = "close")
    @Conditional(EmbeddedDatabaseCondition.class)
    EmbeddedPostgres embeddedPostgres(DatabaseProperties properties) {
        return EmbeddedPostgresLauncher.start(properties);
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(DatabaseProperties properties, ObjectProvider<EmbeddedPostgres> embedded) {
        return new HikariDataSource(poolConfig(properties, embedded));
    }

    /** A few connections beside the pool for statements committed at once (see the class). */
    @Bean(destroyMethod = "close")
    AutonomousStatements autonomousStatements(DatabaseProperties properties, ObjectProvider<EmbeddedPostgres> embedded) {
        return new AutonomousStatements(poolConfig(properties, embedded), AUTONOMOUS_CONNECTIONS);
    }

    private static HikariConfig poolConfig(DatabaseProperties properties, ObjectProvider<EmbeddedPostgres> embedded) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("motcua");
        config.setMaximumPoolSize(properties.maxPoolSize());
        // A JDBC batch of inserts goes to the server as multi-row inserts: history imports write
        // thousands of rows a second.
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        EmbeddedPostgres server = embedded.getIfAvailable();
        if (server != null) {
            config.setJdbcUrl(server.getJdbcUrl("postgres", "postgres"));
            config.setUsername("postgres");
            config.setPassword(EmbeddedPostgresPassword.read(properties.dataDirectory()));
        } else {
            config.setJdbcUrl(properties.url());
            config.setUsername(properties.user());
            config.setPassword(properties.password());
        }
        return config;
    }
}
