package vn.motcua.dossier.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.dossier.Actor;
import vn.motcua.dossier.DossierLookup;

/**
 * The {@code dossier_lookup} table: supervisors' look-ups. Written in a transaction of its own, so a
 * look-up is logged even from a read-only query and stays logged whatever happens to the page after.
 */
@Repository
public class LookupLog {

    /** The newest look-ups of one dossier shown on its page. */
    static final int SHOWN = 50;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final DossierRepository times;

    LookupLog(JdbcClient jdbc, Clock clock, DossierRepository times) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.times = times;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void dossier(Actor supervisor, String code) {
        insert(supervisor, code, null);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void search(Actor supervisor, String term) {
        insert(supervisor, null, term);
    }

    /** The dossier's look-ups, newest first. */
    public List<DossierLookup> of(String code) {
        return jdbc.sql("select officer, officer_name, looked_at from dossier_lookup where dossier_code = ?"
                        + " order by looked_at desc, id desc limit ?")
                .params(code, SHOWN)
                .query((rs, row) -> new DossierLookup(rs.getString("officer"), rs.getString("officer_name"),
                        times.local(rs, "looked_at")))
                .list();
    }

    private void insert(Actor supervisor, String code, String term) {
        jdbc.sql("insert into dossier_lookup (officer, officer_name, dossier_code, search_term, looked_at)"
                        + " values (?, ?, ?, ?, ?)")
                .params(supervisor.username(), supervisor.fullName(), code, term, Timestamp.from(clock.instant()))
                .update();
    }
}
