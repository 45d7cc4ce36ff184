package vn.motcua.notification.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import vn.motcua.notification.OutboxMessage;
import vn.motcua.notification.SendFailedException;

/** E-mail through SMTP (the province's server, or the demo's own). */
@Component
class MailChannel {

    private final JavaMailSender sender;
    private final NotificationSettings settings;

    MailChannel(JavaMailSender sender, NotificationSettings settings) {
        this.sender = sender;
        this.settings = settings;
    }

    void send(OutboxMessage message) {
        try {
            MimeMessage mime = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(mime, StandardCharsets.UTF_8.name());
            helper.setFrom(settings.smtp().from());
            helper.setTo(message.recipient());
            helper.setSubject(message.subject());
            helper.setText(message.body());
            sender.send(mime);
        } catch (MailException | MessagingException e) {
            throw new SendFailedException("SMTP: " + e.getMessage(), e);
        }
    }
}
