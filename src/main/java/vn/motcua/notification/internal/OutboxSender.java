package vn.motcua.notification.internal;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.notification.NotificationChannel;
import vn.motcua.notification.OutboxMessage;
import vn.motcua.notification.SendFailedException;
import vn.motcua.notification.SmsGateway;
import vn.motcua.notification.SmsMessage;

/**
 * Sends what is due, one message per transaction: claimed with {@code FOR UPDATE SKIP LOCKED} (a
 * second node skips it), sent, then marked sent or due again after a wait that doubles with each
 * failure. A message is marked sent only after its channel took it; an SMS keeps its id across
 * retries so that the gateway drops a copy it already has.
 */
@Component
public class OutboxSender {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);
    /** Messages sent per run at most, so that one run never holds the scheduler for long. */
    private static final int BATCH = 200;
    private static final int MAX_ERROR = 1000;

    private final OutboxRepository outbox;
    private final MailChannel mail;
    private final SmsGateway sms;
    private final NotificationSettings settings;
    private final TransactionTemplate transactions;
    private final Clock clock;

    OutboxSender(OutboxRepository outbox, MailChannel mail, SmsGateway sms, NotificationSettings settings,
            TransactionTemplate transactions, Clock clock) {
        this.outbox = outbox;
        this.mail = mail;
        this.sms = sms;
        this.settings = settings;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Sends every message due now (up to a batch); returns how many were tried. */
    @Scheduled(fixedDelayString = "${motcua.notifications.send-interval}")
    public int sendDue() {
        int tried = 0;
        while (tried < BATCH && Boolean.TRUE.equals(transactions.execute(status -> sendNext()))) {
            tried++;
        }
        return tried;
    }

    private boolean sendNext() {
        return outbox.claimNext(clock.instant()).map(message -> {
            try {
                send(message);
                outbox.markSent(message.id(), clock.instant());
            } catch (SendFailedException failed) {
                Duration wait = settings.retryAfter(message.attempts() + 1);
                LOG.warn("Notification {} to {} failed (attempt {}): {}", message.id(), message.channel(),
                        message.attempts() + 1, failed.getMessage());
                outbox.markFailed(message.id(), truncate(failed.getMessage()),
                        wait == null ? null : clock.instant().plus(wait));
            }
            return true;
        }).orElse(false);
    }

    private void send(OutboxMessage message) {
        if (message.channel() == NotificationChannel.EMAIL) {
            mail.send(message);
        } else {
            sms.send(new SmsMessage("motcua-" + message.id(), message.recipient(), message.body()));
        }
    }

    private static String truncate(String error) {
        String text = error == null ? "?" : error;
        return text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR);
    }
}
