package vn.motcua.notification;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.notification.internal.OutboxRepository;
import vn.motcua.platform.NotFoundException;

/** What administrators see of the outbox: messages that failed or wait to be tried again. */
@Service
@Transactional
public class NotificationOutbox {

    /** The problems page shows this many, newest first. */
    public static final int PAGE = 100;

    private final OutboxRepository outbox;
    private final Clock clock;

    NotificationOutbox(OutboxRepository outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Messages given up on, or tried and failed at least once, newest first. */
    @Transactional(readOnly = true)
    public List<OutboxMessage> problems() {
        return outbox.problems(PAGE);
    }

    /** Every message about one dossier, oldest first. */
    @Transactional(readOnly = true)
    public List<OutboxMessage> ofDossier(String code) {
        return outbox.ofDossier(code);
    }

    /**
     * Makes a message given up on due now, with a fresh count of attempts.
     *
     * @throws NotFoundException when no message with this id was given up on
     */
    public void retry(long id) {
        if (!outbox.retry(id, clock.instant())) {
            throw new NotFoundException("notifications.outbox.notFailed", id);
        }
    }
}
