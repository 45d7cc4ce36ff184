package vn.motcua.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Whether the demo province (units, officers, catalog) is seeded on first start.
 *
 * @param seed {@code "true"} or {@code "false"}; empty means "only on the embedded database", so a
 *     real deployment never gets demo accounts unless someone asks for them
 */
@ConfigurationProperties("motcua.demo")
public record DemoProperties(String seed) {
}
