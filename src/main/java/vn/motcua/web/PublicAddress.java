package vn.motcua.web;

import java.net.URI;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.TomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * The server knows itself by its configured public address ({@code motcua.public-url}), never by the
 * {@code Host} header a client sends: Tomcat's connector reports the public host and port as the
 * request's server name and port, so every absolute link or redirect that Spring, Spring Security or
 * springdoc builds from the request (login redirects, saved requests, the OpenAPI servers) names the
 * portal's own address. A request with {@code Host: evil.example} cannot make the server point there.
 *
 * <p>When the public address is https the connector also marks requests secure: the application sits
 * behind a TLS proxy, so its cookies are {@code Secure} and HSTS is sent. Behind a proxy that says per
 * request how it was reached, set {@code MOTCUA_FORWARDED_HEADERS=native} instead (or as well): the
 * proxy then tells the scheme and the client's address, but not the host or port (its
 * {@code X-Forwarded-Host} and {@code -Port} are ignored), so the public address stays the configured one.
 */
@Component
class PublicAddress implements WebServerFactoryCustomizer<TomcatWebServerFactory>, Ordered {

    private final URI url;

    PublicAddress(@Value("${motcua.public-url}") URI url) {
        this.url = url;
    }

    /** After Spring Boot's own customizer, which adds the forwarded headers' valve. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void customize(TomcatWebServerFactory factory) {
        factory.addConnectorCustomizers(this::knowItself);
        factory.getEngineValves().stream().filter(RemoteIpValve.class::isInstance).map(RemoteIpValve.class::cast)
                .forEach(forwarded -> {
                    forwarded.setHostHeader(null);
                    forwarded.setPortHeader(null);
                });
    }

    private void knowItself(Connector connector) {
        boolean https = "https".equalsIgnoreCase(url.getScheme());
        connector.setProxyName(url.getHost());
        // Port 0 (a test's random port) leaves the real one in place.
        connector.setProxyPort(url.getPort() >= 0 ? url.getPort() : (https ? 443 : 80));
        if (https) {
            connector.setScheme("https");
            connector.setSecure(true);
        }
    }
}
