package vn.motcua.organization.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.organization.ApiToken;

/** API tokens in table {@code organization_api_token}, found by the SHA-256 of their secret. */
@Repository
public class ApiTokenRepository {

    private static final String COLUMNS =
            "id, officer, name, expires_on, created_at, created_by, last_used_at, revoked_at";

    private final JdbcClient jdbc;

    ApiTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ApiToken insert(String officer, String name, LocalDate expiresOn, String secretSha256, Instant createdAt,
            String createdBy) {
        long id = jdbc.sql("""
                insert into organization_api_token (officer, name, expires_on, secret_sha256, created_at, created_by)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(officer, name, expiresOn, secretSha256, Timestamp.from(createdAt), createdBy)
                .query(Long.class).single();
        return find(id).orElseThrow();
    }

    public Optional<ApiToken> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from organization_api_token where id = ?")
                .param(id).query(ApiTokenRepository::map).optional();
    }

    public Optional<ApiToken> findBySecretSha256(String secretSha256) {
        return jdbc.sql("select " + COLUMNS + " from organization_api_token where secret_sha256 = ?")
                .param(secretSha256).query(ApiTokenRepository::map).optional();
    }

    /** Newest first. */
    public List<ApiToken> findAll() {
        return jdbc.sql("select " + COLUMNS + " from organization_api_token order by created_at desc, id desc")
                .query(ApiTokenRepository::map).list();
    }

    /**
     * Records a use unless one was recorded after {@code unlessUsedAfter}; the condition is in the
     * statement so that parallel calls with the same token write once, not once each.
     */
    public void markUsed(long id, Instant at, Instant unlessUsedAfter) {
        jdbc.sql("""
                update organization_api_token set last_used_at = ?
                 where id = ? and (last_used_at is null or last_used_at <= ?)""")
                .params(Timestamp.from(at), id, Timestamp.from(unlessUsedAfter)).update();
    }

    /** Revokes once: a second revocation keeps the first one's time and author. */
    public void revoke(long id, Instant at, String by) {
        jdbc.sql("update organization_api_token set revoked_at = ?, revoked_by = ? where id = ? and revoked_at is null")
                .params(Timestamp.from(at), by, id).update();
    }

    private static ApiToken map(ResultSet rs, int row) throws SQLException {
        return new ApiToken(rs.getLong("id"), rs.getString("officer"), rs.getString("name"),
                rs.getObject("expires_on", LocalDate.class), instant(rs, "created_at"), rs.getString("created_by"),
                instant(rs, "last_used_at"), instant(rs, "revoked_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
