package vn.motcua.dossier.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.dossier.DossierDraft;
import vn.motcua.dossier.DraftAnswers;

/** Drafts of online submissions in {@code dossier_draft}, their answers as JSON. */
@Repository
public class DraftRepository {

    private static final String SELECT =
            "select id, procedure_code, answers, dossier_code, updated_at, expires_at from dossier_draft";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    DraftRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The draft unless it expired before {@code now}. */
    public Optional<DossierDraft> find(String id, Instant now) {
        return jdbc.sql(SELECT + " where id = ? and expires_at > ?").params(id, Timestamp.from(now))
                .query(this::map).optional();
    }

    /** The draft, locked until the transaction ends, so that a double click submits it once. */
    public Optional<DossierDraft> lock(String id, Instant now) {
        return jdbc.sql(SELECT + " where id = ? and expires_at > ? for update").params(id, Timestamp.from(now))
                .query(this::map).optional();
    }

    public void insert(DossierDraft d) {
        jdbc.sql("""
                insert into dossier_draft (id, procedure_code, answers, dossier_code, updated_at, expires_at)
                values (?, ?, cast(? as jsonb), ?, ?, ?)""")
                .params(d.id(), d.procedureCode(), json.writeValueAsString(d.answers()), d.dossierCode(),
                        Timestamp.from(d.updatedAt()), Timestamp.from(d.expiresAt()))
                .update();
    }

    public void update(DossierDraft d) {
        jdbc.sql("update dossier_draft set answers = cast(? as jsonb), dossier_code = ?, updated_at = ?, "
                        + "expires_at = ? where id = ?")
                .params(json.writeValueAsString(d.answers()), d.dossierCode(), Timestamp.from(d.updatedAt()),
                        Timestamp.from(d.expiresAt()), d.id())
                .update();
    }

    /** Forgets the drafts that expired before {@code now}; returns how many. */
    public int deleteExpired(Instant now) {
        return jdbc.sql("delete from dossier_draft where expires_at <= ?").param(Timestamp.from(now)).update();
    }

    private DossierDraft map(ResultSet rs, int row) throws SQLException {
        return new DossierDraft(rs.getString("id"), rs.getString("procedure_code"),
                json.readValue(rs.getString("answers"), DraftAnswers.class), rs.getString("dossier_code"),
                rs.getTimestamp("updated_at").toInstant(), rs.getTimestamp("expires_at").toInstant());
    }
}
