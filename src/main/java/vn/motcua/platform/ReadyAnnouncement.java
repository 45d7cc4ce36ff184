package vn.motcua.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Says where to go once everything is up: the seeders (organisation, catalog, demo history) run before
 * the application is ready, so the line appears when the demo can be used, not when the port opens.
 */
@Component
class ReadyAnnouncement {

    private static final Logger log = LoggerFactory.getLogger(ReadyAnnouncement.class);

    private final String publicUrl;

    ReadyAnnouncement(@Value("${motcua.public-url}") String publicUrl) {
        this.publicUrl = publicUrl;
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        log.info("Motcua ready at {}", publicUrl);
    }
}
