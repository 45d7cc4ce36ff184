package vn.motcua.notification;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;
import vn.motcua.notification.internal.TemplateRepository;
import vn.motcua.platform.InputLimits;
import vn.motcua.platform.NotFoundException;
import vn.motcua.platform.Problems;

/**
 * The templates administrators edit (/admin/notifications/templates). A template may name only the
 * placeholders its kind fills, so a typo is refused when saved rather than sent to citizens as is.
 */
@Service
public class NotificationTemplates {

    /** The languages messages are written in: Vietnamese, and English for who chose it. */
    public static final List<String> LANGUAGES = List.of("vi", "en");

    private final TemplateRepository templates;
    private final Clock clock;

    NotificationTemplates(TemplateRepository templates, Clock clock) {
        this.templates = templates;
        this.clock = clock;
    }

    public List<NotificationTemplate> all() {
        return templates.all();
    }

    /** @throws NotFoundException when there is no such template */
    public NotificationTemplate get(NotificationKind kind, NotificationChannel channel, String language) {
        return templates.find(kind, channel, language)
                .orElseThrow(() -> new NotFoundException("notifications.template.notFound"));
    }

    /**
     * Saves new texts for one template.
     *
     * @throws vn.motcua.platform.UserInputException naming each field with a problem: an e-mail
     *     subject or a body missing, too long, or naming a placeholder the kind does not fill
     */
    public NotificationTemplate update(NotificationKind kind, NotificationChannel channel, String language,
            String subject, String body, String administrator) {
        get(kind, channel, language);
        String cleanSubject = channel == NotificationChannel.EMAIL && subject != null ? subject.strip() : "";
        Problems problems = new Problems();
        problems.when(channel == NotificationChannel.EMAIL && cleanSubject.isEmpty(), "subject",
                "notifications.template.subject.required");
        problems.when(!StringUtils.hasText(body), "body", "notifications.template.body.required");
        InputLimits.line(problems, "subject", cleanSubject, InputLimits.NAME);
        InputLimits.multiline(problems, "body", body, InputLimits.REASON);
        unknownPlaceholders(kind, "subject", cleanSubject, problems);
        unknownPlaceholders(kind, "body", body, problems);
        problems.throwIfAny();
        return templates.update(new NotificationTemplate(kind, channel, language, cleanSubject, body.strip(),
                clock.instant(), administrator));
    }

    private static void unknownPlaceholders(NotificationKind kind, String field, String text, Problems problems) {
        Set<String> unknown = new TreeSet<>(NotificationTemplate.placeholdersIn(text));
        unknown.removeAll(kind.placeholders());
        problems.when(!unknown.isEmpty(), field, "notifications.template.unknownPlaceholder",
                String.join(", ", unknown.stream().map(n -> "{" + n + "}").toList()),
                String.join(", ", new TreeSet<>(kind.placeholders()).stream().map(n -> "{" + n + "}").toList()));
    }
}
