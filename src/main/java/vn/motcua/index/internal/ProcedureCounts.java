package vn.motcua.index.internal;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Dossiers counted per procedure, from the index's facts (live and imported alike). */
@Repository
public class ProcedureCounts {

    private final JdbcClient jdbc;

    ProcedureCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Procedure codes by number of dossiers that entered handling from {@code since} to {@code until}
     * (withdrawn ones left out, as everywhere in the index), most first, ties by code. Bounded at both ends:
     * an imported dossier dated ahead of the clock is not recent demand.
     */
    public List<String> mostUsed(LocalDateTime since, LocalDateTime until, int limit) {
        return jdbc.sql("select procedure_code from index_dossier_fact where entered_at >= ? and entered_at <= ?"
                        + " and procedure_code is not null and not withdrawn"
                        + " group by procedure_code order by count(*) desc, procedure_code limit ?")
                .params(Timestamp.valueOf(since), Timestamp.valueOf(until), limit).query(String.class).list();
    }
}
