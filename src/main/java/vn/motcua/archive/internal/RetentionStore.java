package vn.motcua.archive.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.archive.Retention;

/** Table {@code archive_retention}: each procedure's retention as an administrator set it. */
@Repository
public class RetentionStore {

    private final JdbcClient jdbc;

    RetentionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Retention> of(String procedureCode) {
        return jdbc.sql("select years from archive_retention where procedure_code = ?").param(procedureCode)
                .query((rs, row) -> new Retention((Integer) rs.getObject("years"))).optional();
    }

    public Map<String, Retention> all() {
        Map<String, Retention> all = new TreeMap<>();
        jdbc.sql("select procedure_code, years from archive_retention").query(rs -> {
            all.put(rs.getString("procedure_code"), new Retention((Integer) rs.getObject("years")));
        });
        return all;
    }

    public void set(String procedureCode, Retention retention, String by, Instant at) {
        jdbc.sql("""
                insert into archive_retention (procedure_code, years, set_by, set_at) values (?, ?, ?, ?)
                on conflict (procedure_code) do update set years = excluded.years, set_by = excluded.set_by,
                    set_at = excluded.set_at""")
                .params(procedureCode, retention.years(), by, Timestamp.from(at)).update();
    }
}
