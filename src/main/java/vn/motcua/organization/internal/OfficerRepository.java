package vn.motcua.organization.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.organization.Officer;
import vn.motcua.organization.Role;

/** Officers in table {@code organization_officer}; the password hash is read only for login. */
@Repository
public class OfficerRepository {

    private static final String COLUMNS = "username, full_name, role, unit_identifier, title, enabled";

    private final JdbcClient jdbc;

    OfficerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Officer> findAll() {
        return jdbc.sql("select " + COLUMNS + " from organization_officer order by unit_identifier, role, username")
                .query(OfficerRepository::map).list();
    }

    public Optional<Officer> find(String username) {
        return jdbc.sql("select " + COLUMNS + " from organization_officer where username = ?")
                .param(username).query(OfficerRepository::map).optional();
    }

    public Optional<String> passwordHash(String username) {
        return jdbc.sql("select password_hash from organization_officer where username = ?")
                .param(username).query(String.class).optional();
    }

    public long count() {
        return jdbc.sql("select count(*) from organization_officer").query(Long.class).single();
    }

    public void insert(Officer officer, String passwordHash) {
        jdbc.sql("insert into organization_officer (" + COLUMNS + ", password_hash) values (?, ?, ?, ?, ?, ?, ?)")
                .params(officer.username(), officer.fullName(), officer.role().name(), officer.unit(),
                        officer.title(), officer.enabled(), passwordHash)
                .update();
    }

    public void update(Officer officer) {
        jdbc.sql("""
                update organization_officer set full_name = ?, role = ?, unit_identifier = ?, title = ?, enabled = ?,
                       updated_at = now()
                 where username = ?""")
                .params(officer.fullName(), officer.role().name(), officer.unit(), officer.title(), officer.enabled(),
                        officer.username())
                .update();
    }

    public void updatePassword(String username, String passwordHash) {
        jdbc.sql("update organization_officer set password_hash = ?, updated_at = now() where username = ?")
                .params(passwordHash, username).update();
    }

    private static Officer map(ResultSet rs, int row) throws SQLException {
        return new Officer(rs.getString("username"), rs.getString("full_name"), Role.valueOf(rs.getString("role")),
                rs.getString("unit_identifier"), rs.getString("title"), rs.getBoolean("enabled"));
    }
}
