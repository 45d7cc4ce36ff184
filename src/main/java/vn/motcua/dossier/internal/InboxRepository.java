package vn.motcua.dossier.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierSummary;
import vn.motcua.dossier.InboxQuery;

/**
 * Inbox and search queries. They read only open dossiers through the partial indexes
 * {@code dossier_inbox_unit} / {@code dossier_inbox_assignee}, so their cost follows the work waiting,
 * not the size of the history.
 */
@Repository
public class InboxRepository {

    private static final String OPEN = "status in (1, 2, 4, 5, 6, 9)";
    private static final String COLUMNS = """
            code, procedure_code, procedure_name, applicant_name, applicant_id_number, status, channel,
            receiving_unit, current_unit, current_assignee, current_deadline_at, appointment_at, submitted_at""";

    private final JdbcClient jdbc;
    private final DossierRepository times;

    InboxRepository(JdbcClient jdbc, DossierRepository times) {
        this.jdbc = jdbc;
        this.times = times;
    }

    /** The moments that bound the filters: start and end of today, now, and the at-risk horizon. */
    public record Bounds(LocalDateTime dayStart, LocalDateTime dayEnd, LocalDateTime now, LocalDateTime riskHorizon) {
    }

    public List<DossierSummary> page(String owner, InboxQuery query, Bounds bounds) {
        Where where = where(owner, query, query.filter(), bounds);
        where.args.add(query.size());
        where.args.add((long) (query.page() - 1) * query.size());
        return jdbc.sql("select " + COLUMNS + " from dossier where " + where.sql
                        + " order by current_deadline_at asc nulls last, id limit ? offset ?")
                .params(where.args).query(this::map).list();
    }

    public long count(String owner, InboxQuery query, InboxQuery.Filter filter, Bounds bounds) {
        Where where = where(owner, query, filter, bounds);
        return jdbc.sql("select count(*) from dossier where " + where.sql).params(where.args)
                .query(Long.class).single();
    }

    public Map<InboxQuery.Filter, Long> counts(String owner, InboxQuery query, Bounds bounds) {
        Map<InboxQuery.Filter, Long> counts = new EnumMap<>(InboxQuery.Filter.class);
        for (InboxQuery.Filter filter : InboxQuery.Filter.values()) {
            counts.put(filter, count(owner, query, filter, bounds));
        }
        return counts;
    }

    /**
     * Dossiers a unit received or handles (every dossier when the unit is null), by exact code, code
     * prefix, exact ID number or name prefix.
     */
    public List<DossierSummary> search(String unit, String text, int limit) {
        String term = text.strip();
        return jdbc.sql("select " + COLUMNS + " from dossier where (cast(? as varchar) is null"
                        + " or receiving_unit = ? or competent_unit = ?)"
                        + " and (code = ? or code like ? or applicant_id_number = ? or lower(applicant_name) like ?)"
                        + " order by submitted_at desc, id desc limit ?")
                .params(unit, unit, unit, term.toUpperCase(java.util.Locale.ROOT),
                        term.toUpperCase(java.util.Locale.ROOT) + "%", term,
                        term.toLowerCase(java.util.Locale.ROOT) + "%", limit)
                .query(this::map).list();
    }

    /** An applicant's dossiers by ID number, newest first, whatever their status. */
    /** The dossiers linked to the account, and those of its verified identity (null when none). */
    public List<DossierSummary> ofAccount(long account, String verifiedIdNumber, int limit) {
        return jdbc.sql("select " + COLUMNS + " from dossier where applicant_id_number = ? or code in"
                        + " (select dossier_code from dossier_account_link where account_id = ?)"
                        + " order by submitted_at desc, id desc limit ?")
                .params(verifiedIdNumber, account, limit).query(this::map).list();
    }

    /** Open dossiers with an assigned step due from {@code from} (inclusive) to {@code until}, soonest first. */
    public List<DossierSummary> assignedDueBetween(LocalDateTime from, LocalDateTime until, int limit) {
        return jdbc.sql("select " + COLUMNS + " from dossier where " + OPEN + " and current_assignee is not null"
                        + " and current_deadline_at >= ? and current_deadline_at < ? order by current_deadline_at limit ?")
                .params(times.instant(from), times.instant(until), limit).query(this::map).list();
    }

    private Where where(String owner, InboxQuery query, InboxQuery.Filter filter, Bounds b) {
        Where w = new Where();
        w.add(OPEN);
        w.add(query.scope() == InboxQuery.Scope.MINE ? "current_assignee = ?" : "current_unit = ?", owner);
        if (query.status() != null) {
            w.add("status = ?", query.status().code());
        }
        if (query.procedureCode() != null && !query.procedureCode().isBlank()) {
            w.add("procedure_code = ?", query.procedureCode().strip());
        }
        switch (filter) {
            case DUE_TODAY -> w.add("current_deadline_at >= ? and current_deadline_at < ?",
                    times.instant(b.dayStart()), times.instant(b.dayEnd()));
            case LATE -> w.add("current_deadline_at < ?", times.instant(b.now()));
            case AT_RISK -> w.add("current_deadline_at >= ? and current_deadline_at < ?", times.instant(b.now()),
                    times.instant(b.riskHorizon()));
            case ALL -> { }
        }
        return w;
    }

    private DossierSummary map(ResultSet rs, int row) throws SQLException {
        return new DossierSummary(rs.getString("code"), rs.getString("procedure_code"),
                rs.getString("procedure_name"), rs.getString("applicant_name"), rs.getString("applicant_id_number"),
                DossierStatus.ofCode(rs.getInt("status")), Channel.ofCode(rs.getInt("channel")),
                rs.getString("receiving_unit"), rs.getString("current_unit"), rs.getString("current_assignee"),
                times.local(rs, "current_deadline_at"), times.local(rs, "appointment_at"),
                times.local(rs, "submitted_at"));
    }

    private static final class Where {
        private final StringBuilder sql = new StringBuilder();
        private final List<Object> args = new ArrayList<>();

        void add(String condition, Object... values) {
            sql.append(sql.isEmpty() ? "" : " and ").append(condition);
            args.addAll(List.of(values));
        }
    }
}
