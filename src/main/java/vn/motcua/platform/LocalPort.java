package vn.motcua.platform;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/** The port this application's own server listens on, known once it started (tests pick a free one). */
@Component
public class LocalPort implements ApplicationListener<WebServerInitializedEvent> {

    private volatile int port;

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        if (event.getApplicationContext().getServerNamespace() == null) {
            port = event.getWebServer().getPort();
        }
    }

    public int get() {
        return port;
    }
}
