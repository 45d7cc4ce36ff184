package vn.motcua.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.catalog.ApplicantType;
import vn.motcua.identity.ApplicantAccount;

/** The {@code identity_account} table. The password hash is read apart, only by the log-in and its change. */
@Repository
public class AccountRepository {

    private static final String COLUMNS = "id, username, type, id_number, full_name, email, phone, verified, created_at";

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ApplicantAccount> findByUsername(String username) {
        return jdbc.sql("select " + COLUMNS + " from identity_account where username = ?").param(username)
                .query(AccountRepository::map).optional();
    }

    /** The one account whose ID number a national identity verified, if any. */
    public Optional<ApplicantAccount> findVerified(String idNumber) {
        return jdbc.sql("select " + COLUMNS + " from identity_account where id_number = ? and verified").param(idNumber)
                .query(AccountRepository::map).optional();
    }

    /**
     * An account opened by a national identity: verified, with no password and no phone number yet. Empty
     * when a verified account with this ID number (or the username) exists already.
     */
    public Optional<ApplicantAccount> insertVerified(String username, ApplicantType type, String idNumber, String fullName,
            Instant createdAt) {
        return jdbc.sql("insert into identity_account (username, type, id_number, full_name, phone, verified,"
                        + " created_at) values (?, ?, ?, ?, '', true, ?) on conflict do nothing returning " + COLUMNS)
                .params(username, type.name(), idNumber, fullName, Timestamp.from(createdAt))
                .query(AccountRepository::map).optional();
    }

    public Optional<String> passwordHash(long id) {
        return jdbc.sql("select password_hash from identity_account where id = ? and password_hash is not null")
                .param(id).query(String.class).optional();
    }

    /** @throws org.springframework.dao.DuplicateKeyException when the username has an account already */
    public ApplicantAccount insert(String username, ApplicantType type, String idNumber, String fullName,
            String email, String phone, String passwordHash, Instant createdAt) {
        return jdbc.sql("insert into identity_account (username, type, id_number, full_name, email, phone,"
                        + " password_hash, created_at) values (?, ?, ?, ?, ?, ?, ?, ?) returning " + COLUMNS)
                .params(username, type.name(), idNumber, fullName, email, phone, passwordHash,
                        Timestamp.from(createdAt))
                .query(AccountRepository::map).single();
    }

    public void updatePasswordHash(long id, String passwordHash) {
        jdbc.sql("update identity_account set password_hash = ? where id = ?").params(passwordHash, id).update();
    }

    private static ApplicantAccount map(ResultSet rs, int row) throws SQLException {
        return new ApplicantAccount(rs.getLong("id"), rs.getString("username"),
                ApplicantType.valueOf(rs.getString("type")), rs.getString("id_number"), rs.getString("full_name"),
                rs.getString("email"), rs.getString("phone"), rs.getBoolean("verified"),
                rs.getTimestamp("created_at").toInstant());
    }
}
