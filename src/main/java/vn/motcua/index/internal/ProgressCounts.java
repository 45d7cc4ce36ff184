package vn.motcua.index.internal;

import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.index.Progress;

/**
 * 2.1's dossiers of a window counted in SQL by unit, procedure and channel, by where each stands at
 * the moment judged: the predicates of {@link DossierRules} ({@code handledIn}, {@code finishedOnTime},
 * {@code notYetLate}, {@code waitingForApplicant}) written as SQL over {@code index_dossier_fact}, so a year costs one scan of the
 * dossiers it touches and no row is loaded.
 */
@Repository
public class ProgressCounts {

    /** {@link DossierRules#handledIn}: counted, entered handling by the moment judged, not finished before the start. */
    private static final String HANDLED = """
            status is not null and not withdrawn and entered_at is not null
              and entered_at < :end and entered_at <= :now and (finished_at is null or finished_at >= :start)""";

    /** {@code withinTime}: at or before the appointment; without one, the worked time within the limit. */
    private static String within(String moment) {
        return "(case when appointment is not null then " + moment + " <= appointment"
                + " else limit_minutes is null or worked_minutes <= limit_minutes end)";
    }

    private static final String QUERY = """
            with judged as (
              select unit, procedure_code, channel, entered_at < :start as carried,
                     finished_at is not null and finished_at < :end and finished_at <= :now as finished,
                     done_at is not null or returned_at is not null as resolved,
                     not (supplement_count > 1 or apologised) and %s as finished_on_time,
                     appointment is not null and cast(finished_at as date) < cast(appointment as date) as early_day,
                     not (supplement_count > 1 or apologised)
                       and ((status = :waiting and finished_at is null) or %s) as open_on_time
              from index_dossier_fact where %s %s)
            select unit, procedure_code, channel,
                   count(*) filter (where carried) as carried_over,
                   count(*) filter (where not carried) as newly_received,
                   count(*) filter (where finished and resolved and finished_on_time and early_day) as resolved_early,
                   count(*) filter (where finished and resolved and finished_on_time and not early_day) as resolved_on_time,
                   count(*) filter (where finished and resolved and not finished_on_time) as resolved_late,
                   count(*) filter (where finished and not resolved and finished_on_time) as refused_on_time,
                   count(*) filter (where finished and not resolved and not finished_on_time) as refused_late,
                   count(*) filter (where not finished and open_on_time) as in_progress_on_time,
                   count(*) filter (where not finished and not open_on_time) as in_progress_late
            from judged group by unit, procedure_code, channel order by unit, procedure_code, channel""";

    private final JdbcClient jdbc;

    ProgressCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The counts of the unit (null: every unit) for the window, one row per unit, procedure and channel. */
    public List<Progress> of(Window window, String unitOrNull) {
        String unitFilter = unitOrNull == null ? "" : " and unit = :unit";
        JdbcClient.StatementSpec statement = jdbc.sql(QUERY.formatted(within("finished_at"), within(":asOf"), HANDLED,
                        unitFilter))
                .param("start", Timestamp.valueOf(window.start()))
                .param("end", Timestamp.valueOf(window.end()))
                .param("now", Timestamp.valueOf(window.now()))
                .param("asOf", Timestamp.valueOf(window.asOf()))
                .param("waiting", DossierStatus.SUPPLEMENT_REQUESTED.code());
        if (unitOrNull != null) {
            statement = statement.param("unit", unitOrNull);
        }
        return statement.query((rs, n) -> new Progress(rs.getString("unit"), rs.getString("procedure_code"),
                Channel.ofCode(rs.getInt("channel")), rs.getLong("carried_over"), rs.getLong("newly_received"),
                rs.getLong("resolved_early"), rs.getLong("resolved_on_time"), rs.getLong("resolved_late"),
                rs.getLong("refused_on_time"), rs.getLong("refused_late"), rs.getLong("in_progress_on_time"),
                rs.getLong("in_progress_late"))).list();
    }
}
