package vn.motcua.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.notification.NotificationChannel;
import vn.motcua.notification.NotificationKind;
import vn.motcua.notification.NotificationTemplate;
import vn.motcua.notification.NotificationTemplates;

/** The notification_template table: seeded by the migration, changed only by administrators. Listed by kind, channel, then Vietnamese before English. */
@Repository
public class TemplateRepository {

    private final JdbcClient jdbc;

    TemplateRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<NotificationTemplate> all() {
        return jdbc.sql("select * from notification_template").query(TemplateRepository::map).list().stream()
                .sorted(Comparator.comparing(NotificationTemplate::kind).thenComparing(NotificationTemplate::channel)
                        .thenComparing(t -> NotificationTemplates.LANGUAGES.indexOf(t.language())))
                .toList();
    }

    public Optional<NotificationTemplate> find(NotificationKind kind, NotificationChannel channel, String language) {
        return jdbc.sql("select * from notification_template where kind = ? and channel = ? and language = ?")
                .params(kind.name(), channel.name(), language).query(TemplateRepository::map).optional();
    }

    public NotificationTemplate update(NotificationTemplate t) {
        jdbc.sql("update notification_template set subject = ?, body = ?, updated_at = ?, updated_by = ?"
                        + " where kind = ? and channel = ? and language = ?")
                .params(t.subject(), t.body(), Timestamp.from(t.updatedAt()), t.updatedBy(), t.kind().name(),
                        t.channel().name(), t.language())
                .update();
        return t;
    }

    private static NotificationTemplate map(ResultSet rs, int row) throws SQLException {
        Timestamp updated = rs.getTimestamp("updated_at");
        return new NotificationTemplate(NotificationKind.valueOf(rs.getString("kind")),
                NotificationChannel.valueOf(rs.getString("channel")), rs.getString("language"),
                rs.getString("subject"), rs.getString("body"), updated == null ? null : updated.toInstant(),
                rs.getString("updated_by"));
    }
}
