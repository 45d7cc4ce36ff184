package vn.motcua.notification;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Hộp thư demo: the mail the demo's own mail server received, for administrators to read in the
 * browser. Absent when a real SMTP server is set: that mail is in the recipients' own mailboxes.
 */
@Service
public class DemoMailbox {

    /**
     * One e-mail as received.
     *
     * @param number its place in the mailbox, from 1 (the page's address)
     */
    public record Mail(int number, String from, String to, String subject, Instant sentAt, String body) {

        /** The body's lines, for a page that shows them as written. */
        public List<String> lines() {
            return body.lines().toList();
        }
    }

    private final ObjectProvider<GreenMail> server;

    DemoMailbox(ObjectProvider<GreenMail> server) {
        this.server = server;
    }

    /** True when the application runs its own mail server. */
    public boolean available() {
        return server.getIfAvailable() != null;
    }

    /** Every e-mail received, newest first. */
    public List<Mail> all() {
        MimeMessage[] messages = messages();
        List<Mail> mails = new ArrayList<>();
        for (int i = 0; i < messages.length; i++) {
            mails.add(read(i + 1, messages[i]));
        }
        return mails.reversed();
    }

    /** The e-mail numbered {@code number}, if there is one. */
    public Optional<Mail> get(int number) {
        MimeMessage[] messages = messages();
        return number < 1 || number > messages.length ? Optional.empty()
                : Optional.of(read(number, messages[number - 1]));
    }

    private MimeMessage[] messages() {
        GreenMail mail = server.getIfAvailable();
        return mail == null ? new MimeMessage[0] : mail.getReceivedMessages();
    }

    private static Mail read(int number, MimeMessage message) {
        try {
            Object content = message.getContent();
            return new Mail(number, addresses(message.getFrom()), addresses(message.getAllRecipients()),
                    message.getSubject(), message.getSentDate() == null ? null : message.getSentDate().toInstant(),
                    content instanceof String text ? text.strip() : String.valueOf(content));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Unreadable demo mail " + number, e);
        }
    }

    private static String addresses(Address[] addresses) {
        return addresses == null ? "" : Arrays.stream(addresses).map(Address::toString).collect(Collectors.joining(", "));
    }
}
