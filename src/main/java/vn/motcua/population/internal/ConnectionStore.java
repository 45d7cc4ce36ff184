package vn.motcua.population.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code population_procedure_connection}: the procedures connected to the population database. */
@Repository
public class ConnectionStore {

    private final JdbcClient jdbc;

    ConnectionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Set<String> connected() {
        return jdbc.sql("select procedure_code from population_procedure_connection").query(String.class).list()
                .stream().collect(Collectors.toUnmodifiableSet());
    }

    public boolean any() {
        return jdbc.sql("select exists (select 1 from population_procedure_connection)").query(Boolean.class).single();
    }

    public void connect(String procedureCode, String by, Instant at) {
        jdbc.sql("""
                insert into population_procedure_connection (procedure_code, connected_by, connected_at)
                values (?, ?, ?) on conflict do nothing""")
                .params(procedureCode, by, Timestamp.from(at)).update();
    }

    public void disconnect(String procedureCode) {
        jdbc.sql("delete from population_procedure_connection where procedure_code = ?").param(procedureCode).update();
    }
}
