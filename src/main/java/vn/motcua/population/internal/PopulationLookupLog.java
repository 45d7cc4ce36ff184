package vn.motcua.population.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.population.Lookup;
import vn.motcua.population.LookupOutcome;
import vn.motcua.population.LookupPurpose;

/**
 * {@code population_lookup}, the look-ups' log: rows are only ever inserted (the database refuses the rest).
 * A counter look-up's dossier is the one a {@code population_dossier_check} later tied it to.
 */
@Repository
public class PopulationLookupLog {

    private static final String SELECT = """
            select l.*, coalesce(l.dossier_code, (select min(c.dossier_code) from population_dossier_check c
                where c.lookup_id = l.id)) as for_dossier from population_lookup l""";

    private final JdbcClient jdbc;

    PopulationLookupLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Lookup append(Lookup entry, String requestId) {
        long id = jdbc.sql("""
                insert into population_lookup (looked_up_at, looked_up_by, purpose, dossier_code, procedure_code,
                    id_number, full_name, birth_year, outcome, request_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                returning id""")
                .params(Timestamp.from(entry.lookedUpAt()), entry.lookedUpBy(), entry.purpose().name(),
                        entry.dossierCode(), entry.procedureCode(), entry.idNumber(), entry.fullName(),
                        entry.birthYear(), entry.outcome().name(), requestId)
                .query(Long.class).single();
        return find(id).orElseThrow();
    }

    public Optional<Lookup> find(long id) {
        return jdbc.sql(SELECT + " where l.id = ?").param(id).query(PopulationLookupLog::map).optional();
    }

    /** The newest first. */
    public List<Lookup> page(int page, int size) {
        return jdbc.sql(SELECT + " order by l.looked_up_at desc, l.id desc limit ? offset ?")
                .params(size, (long) page * size).query(PopulationLookupLog::map).list();
    }

    public long count() {
        return jdbc.sql("select count(*) from population_lookup").query(Long.class).single();
    }

    private static Lookup map(ResultSet rs, int row) throws SQLException {
        return new Lookup(rs.getLong("id"), rs.getTimestamp("looked_up_at").toInstant(), rs.getString("looked_up_by"),
                LookupPurpose.valueOf(rs.getString("purpose")), rs.getString("for_dossier"),
                rs.getString("procedure_code"), rs.getString("id_number"), rs.getString("full_name"),
                rs.getObject("birth_year", Integer.class), LookupOutcome.valueOf(rs.getString("outcome")));
    }
}
