package vn.motcua.login.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.login.LoginAuditEntry;
import vn.motcua.login.LoginEvent;
import vn.motcua.login.LoginScope;

/** The {@code login_audit} table: only ever appended to (a trigger refuses updates and deletes). */
@Repository
public class AuditRepository {

    private final JdbcClient jdbc;

    AuditRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void append(LoginAuditEntry entry) {
        jdbc.sql("insert into login_audit (at, event, scope, username, client, actor) values (?, ?, ?, ?, ?, ?)")
                .params(Timestamp.from(entry.at()), entry.event().name(), entry.scope().name(), entry.username(),
                        entry.client(), entry.actor())
                .update();
    }

    /** Up to {@code limit} entries, newest first, after skipping {@code offset}. */
    public List<LoginAuditEntry> newest(long offset, int limit) {
        return jdbc.sql("select id, at, event, scope, username, client, actor from login_audit"
                        + " order by id desc offset ? limit ?")
                .params(offset, limit).query(AuditRepository::map).list();
    }

    private static LoginAuditEntry map(ResultSet rs, int row) throws SQLException {
        return new LoginAuditEntry(rs.getLong("id"), rs.getTimestamp("at").toInstant(),
                LoginEvent.valueOf(rs.getString("event")), LoginScope.valueOf(rs.getString("scope")),
                rs.getString("username"), rs.getString("client"), rs.getString("actor"));
    }
}
