package vn.motcua.notification.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.DossierView;
import vn.motcua.notification.NotificationKind;
import vn.motcua.organization.Officer;
import vn.motcua.organization.OfficerDirectory;

/**
 * Puts one message per recipient in the outbox, keyed by what it answers ({@code occasion}: a
 * tracking line, a step's deadline) so that handling the same occasion again adds nothing.
 */
@Component
class Notices {

    private final Composer composer;
    private final OutboxRepository outbox;
    private final Recipients recipients;
    private final Placeholders placeholders;
    private final OfficerDirectory officers;
    private final Clock clock;

    Notices(Composer composer, OutboxRepository outbox, Recipients recipients, Placeholders placeholders,
            OfficerDirectory officers, Clock clock) {
        this.composer = composer;
        this.outbox = outbox;
        this.recipients = recipients;
        this.placeholders = placeholders;
        this.officers = officers;
        this.clock = clock;
    }

    /** Tells the applicant of {@code d}, in the language of their choice. */
    void toApplicant(NotificationKind kind, DossierView d, String occasion) {
        List<Recipient> to = recipients.applicant(d.code(), d.applicant());
        String language = to.isEmpty() ? "vi" : to.getFirst().language();
        queue(d.code(), occasion, kind, to, placeholders.applicant(d, kind, language));
    }

    /** Tells an officer about the step they hold. */
    void toOfficer(NotificationKind kind, String username, DossierStep at, String occasion) {
        String name = officers.find(username).map(Officer::fullName).orElse(username);
        queue(at.code(), occasion, kind, recipients.officer(username),
                placeholders.step(at.code(), at.procedure(), name, at.step(), at.deadline()));
    }

    /** The step an officer's message is about. */
    record DossierStep(String code, String procedure, String step, LocalDateTime deadline) {
    }

    private void queue(String dossierCode, String occasion, NotificationKind kind, List<Recipient> to,
            Map<String, String> values) {
        for (Recipient recipient : to) {
            composer.compose(dossierCode, kind, recipient, values).ifPresent(message -> outbox.enqueue(
                    String.join("|", dossierCode, occasion, kind.name(), recipient.channel().name(),
                            recipient.address()), message, clock.instant()));
        }
    }
}
