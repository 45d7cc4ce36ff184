package vn.motcua.notification.internal;

import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.motcua.notification.NotificationChannel;
import vn.motcua.notification.NotificationKind;
import vn.motcua.notification.NotificationTemplate;

/** Writes a message from the administrators' template for its kind, channel and language. */
@Component
class Composer {

    private final TemplateRepository templates;

    Composer(TemplateRepository templates) {
        this.templates = templates;
    }

    /** The message, or empty when its template is missing (a kind or language not seeded). */
    Optional<Composed> compose(String dossierCode, NotificationKind kind, Recipient to, Map<String, String> values) {
        return templates.find(kind, to.channel(), to.language()).map(t -> new Composed(dossierCode, kind, to.channel(),
                to.address(), to.language(), t.channel() == NotificationChannel.EMAIL
                        ? NotificationTemplate.fill(t.subject(), values) : "",
                NotificationTemplate.fill(t.body(), values)));
    }
}
