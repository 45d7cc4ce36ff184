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

    private static final String COLUMNS = "id, type, id_number, full_name, email, phone, created_at";

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ApplicantAccount> find(String idNumber) {
        return jdbc.sql("select " + COLUMNS + " from identity_account where id_number = ?").param(idNumber)
                .query(AccountRepository::map).optional();
    }

    public Optional<String> passwordHash(String idNumber) {
        return jdbc.sql("select password_hash from identity_account where id_number = ? and password_hash is not null")
                .param(idNumber).query(String.class).optional();
    }

    /** @throws org.springframework.dao.DuplicateKeyException when the ID number has an account already */
    public ApplicantAccount insert(ApplicantType type, String idNumber, String fullName, String email, String phone,
            String passwordHash, Instant createdAt) {
        return jdbc.sql("insert into identity_account (type, id_number, full_name, email, phone, password_hash,"
                        + " created_at) values (?, ?, ?, ?, ?, ?, ?) returning " + COLUMNS)
                .params(type.name(), idNumber, fullName, email, phone, passwordHash, Timestamp.from(createdAt))
                .query(AccountRepository::map).single();
    }

    public void updatePasswordHash(String idNumber, String passwordHash) {
        jdbc.sql("update identity_account set password_hash = ? where id_number = ?").params(passwordHash, idNumber)
                .update();
    }

    private static ApplicantAccount map(ResultSet rs, int row) throws SQLException {
        return new ApplicantAccount(rs.getLong("id"), ApplicantType.valueOf(rs.getString("type")),
                rs.getString("id_number"), rs.getString("full_name"), rs.getString("email"), rs.getString("phone"),
                rs.getTimestamp("created_at").toInstant());
    }
}
