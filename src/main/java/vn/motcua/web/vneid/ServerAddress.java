package vn.motcua.web.vneid;

import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * This server's addresses as the VNeID simulator and the portal's client name them: the public address
 * ({@code motcua.public-url}), with the port the server listens on when that says 0 (a test's random port),
 * which is known only once the server is up: so ask for an address when a request comes, not at start.
 */
@Component
public class ServerAddress {

    private final URI publicUrl;
    private final Environment environment;

    ServerAddress(@Value("${motcua.public-url}") URI publicUrl, Environment environment) {
        this.publicUrl = publicUrl;
        this.environment = environment;
    }

    /** The absolute address of {@code path} on this server. */
    public String of(String path) {
        UriComponentsBuilder url = UriComponentsBuilder.fromUri(publicUrl).path(path);
        if (publicUrl.getPort() == 0) {
            url.port(environment.getRequiredProperty("local.server.port"));
        }
        return url.build().toUriString();
    }
}
