package vn.motcua.result.pki;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The application's public address ({@code motcua.public-url}) as the PKI's certificates and the QR
 * codes of results name it: with the port the server listens on when the configuration says 0 (a
 * random port, as in tests), which is known only once the server is up.
 */
@Component
public class ListeningAddress {

    private final String configured;
    private final Environment environment;

    ListeningAddress(@Value("${motcua.public-url}") String configured, Environment environment) {
        this.configured = configured;
        this.environment = environment;
    }

    public String url() {
        String port = environment.getProperty("local.server.port");
        return configured.endsWith(":0") && port != null
                ? configured.substring(0, configured.length() - 1) + port : configured;
    }
}
