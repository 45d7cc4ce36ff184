package vn.motcua.dossier.internal;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Dossiers counted per procedure. */
@Repository
public class ProcedureCounts {

    private final JdbcClient jdbc;

    ProcedureCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Procedure codes by number of dossiers, most first, ties by code. */
    public List<String> mostUsed(int limit) {
        return jdbc.sql("select procedure_code from dossier group by procedure_code "
                        + "order by count(*) desc, procedure_code limit ?")
                .param(limit).query(String.class).list();
    }
}
