package vn.motcua.payment.internal;

import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The addresses the platform is given: the province's public address ({@code motcua.public-url}), whose
 * port 0 (a test's random port) is the one the server listens on; and the simulator's, on the loopback.
 */
@Component
class ProvinceAddress implements ApplicationListener<WebServerInitializedEvent> {

    private final URI publicUrl;
    private volatile int port;

    ProvinceAddress(@Value("${motcua.public-url}") URI publicUrl) {
        this.publicUrl = publicUrl;
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        if (event.getApplicationContext().getServerNamespace() == null) {
            port = event.getWebServer().getPort();
        }
    }

    /** The absolute address of {@code path} on the portal. */
    String of(String path) {
        UriComponentsBuilder url = UriComponentsBuilder.fromUri(publicUrl).replacePath(publicUrl.getPath()).path(path);
        if (publicUrl.getPort() == 0) {
            url.port(port);
        }
        return url.build().toUriString();
    }

    /** The simulator's API, as this server serves it. */
    String simulator() {
        return "http://127.0.0.1:" + port + vn.motcua.payment.PaymentPlatformSimulator.PATH;
    }
}
