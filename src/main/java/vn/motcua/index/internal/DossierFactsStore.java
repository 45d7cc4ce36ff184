package vn.motcua.index.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.catalog.ApplicantType;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.index.DossierFacts;

/**
 * {@code index_dossier_fact}: one row of facts per dossier, live or imported. A row without status
 * (a rating that came before the dossier's facts) counts nowhere.
 */
@Repository
public class DossierFactsStore {

    /**
     * A row: its facts (null while it has no status), where they came from, the tracking sheet line of
     * the transition they were written from ({@link #NO_TRANSITION} for none), the applicant's complaint
     * flag, its fees and the tracking line they were written from (kept apart: they come from the payment
     * module, maybe before the first transition's facts), whether this transaction inserted it, and
     * whether the dossier's result reached the national data store (the data store tells, whenever).
     *
     * @param electronicResult a sealed electronic result was issued (told by the result module, kept)
     * @param resultPushed its result reached the national data store (told by the data store, kept)
     * @param applicantVerified its applicant was verified, by VNeID or the population database (told by
     *     {@code ApplicantVerified}, kept)
     */
    public record Stored(String code, DossierFacts facts, Origin origin, int trackingSeq,
            boolean complainedOrDissatisfied, DossierFacts.Payment payment, int feesSeq, boolean insertedNow,
            boolean electronicResult, boolean resultPushed, boolean applicantVerified) {
    }

    /** The tracking line of a row no transition wrote: empty, imported, or written before V271. */
    static final int NO_TRANSITION = 0;

    public enum Origin {
        LIVE, IMPORT;

        String column() {
            return name().toLowerCase();
        }
    }

    private static final String COUNTED = "status is not null and not withdrawn and entered_at is not null";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    public DossierFactsStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Creates empty rows for codes not seen yet, so every code can then be locked. */
    void ensureRows(Collection<String> codes, LocalDateTime now) {
        template.batchUpdate("insert into index_dossier_fact (code, updated_at) values (?, ?) on conflict do nothing",
                codes.stream().sorted().map(code -> new Object[] {code, ts(now)}).toList());
    }

    /** The rows of these codes, locked until the transaction ends, in code order (no deadlock between writers). */
    Map<String, Stored> lock(Collection<String> codes) {
        Map<String, Stored> rows = new LinkedHashMap<>();
        // xmin is the inserting transaction: equal to ours for a row this transaction inserted.
        jdbc.sql("""
                select *, xmin::text::bigint = txid_current() % 4294967296 as inserted_now from index_dossier_fact
                where code = any(:codes) order by code for update""")
                .param("codes", codes.toArray(String[]::new))
                .query((rs, n) -> stored(rs, rs.getBoolean("inserted_now"))).list()
                .forEach(row -> rows.put(row.code(), row));
        return rows;
    }

    /** The columns {@link #row} fills, in its order. */
    private static final List<String> COLUMNS = List.of("origin", "unit", "procedure_code", "channel",
            "applicant_type", "status", "submitted_at", "received_at", "appointment", "done_at", "returned_at",
            "stopped_or_refused_at", "supplement_count", "apologised", "withdrawn", "worked_minutes", "limit_minutes",
            "full_online_service", "paper_result_required", "reusable_component", "all_components_digitised",
            "electronic_result_issued", "component_reused", "national_data_store_used", "fees_due_vnd", "paid_online",
            "applicant_verified", "synced_in_time", "complained_or_dissatisfied", "tracking_seq", "updated_at", "code");

    /** Inserts the rows of codes not seen yet; a code that exists is left as it is. */
    void insertNew(Collection<DossierFacts> facts, Origin origin, LocalDateTime now) {
        template.batchUpdate("insert into index_dossier_fact (" + String.join(", ", COLUMNS) + ") values ("
                        + String.join(", ", COLUMNS.stream().map(c -> "?").toList()) + ") on conflict (code) do nothing",
                facts.stream().map(f -> row(f, origin, NO_TRANSITION, now)).toList());
    }

    /** Rewrites rows whole (they exist: see {@link #ensureRows}). */
    void write(List<DossierFacts> facts, Origin origin, int trackingSeq, LocalDateTime now) {
        template.batchUpdate("update index_dossier_fact set "
                        + String.join(", ", COLUMNS.subList(0, COLUMNS.size() - 1).stream().map(c -> c + " = ?").toList())
                        + " where code = ?",
                facts.stream().map(f -> row(f, origin, trackingSeq, now)).toList());
    }

    boolean anyImported() {
        return jdbc.sql("select exists (select 1 from index_dossier_fact where origin = 'import')")
                .query(Boolean.class).single();
    }

    void feesDue(String code, long dueVnd, int feesSeq, LocalDateTime now) {
        jdbc.sql("update index_dossier_fact set fees_due_vnd = :due, fees_seq = :seq, updated_at = :now where code = :code")
                .param("due", dueVnd).param("seq", feesSeq).param("now", ts(now)).param("code", code).update();
    }

    void paidOnline(String code, LocalDateTime now) {
        jdbc.sql("update index_dossier_fact set paid_online = true, updated_at = :now where code = :code")
                .param("now", ts(now)).param("code", code).update();
    }

    /** The dossier's result reached the national data store: it counts in 5.5 from now on. */
    void resultPushed(String code, LocalDateTime now) {
        jdbc.sql("""
                update index_dossier_fact set result_pushed = true, national_data_store_used = true, updated_at = :now
                where code = :code""")
                .param("now", ts(now)).param("code", code).update();
    }

    /** The dossier's applicant was verified: it counts in 5.6 from now on. */
    void applicantVerified(String code, LocalDateTime now) {
        jdbc.sql("update index_dossier_fact set applicant_verified = true, updated_at = :now where code = :code")
                .param("now", ts(now)).param("code", code).update();
    }

    void electronicResultIssued(String code, LocalDateTime now) {
        jdbc.sql("update index_dossier_fact set electronic_result_issued = true, updated_at = :now where code = :code")
                .param("now", ts(now)).param("code", code).update();
    }

    void complained(String code, boolean complained, LocalDateTime now) {
        jdbc.sql("update index_dossier_fact set complained_or_dissatisfied = :c, updated_at = :now where code = :code")
                .param("c", complained).param("now", ts(now)).param("code", code).update();
    }

    /**
     * Counted dossiers of the unit (null: all) that entered handling, had their result or finished
     * between the two moments, both included.
     */
    public List<DossierFacts> touchedBetween(String unit, LocalDateTime from, LocalDateTime to) {
        return jdbc.sql("select * from index_dossier_fact where " + COUNTED + unitFilter(unit) + """
                  and (entered_at between :from and :to or result_at between :from and :to
                       or finished_at between :from and :to)
                """).param("unit", unit).param("from", ts(from)).param("to", ts(to))
                .query((rs, n) -> stored(rs, false).facts()).list();
    }

    /** Counted dossiers of the unit (null: all) that had entered handling and not finished before the moment. */
    public List<DossierFacts> openAt(String unit, LocalDateTime moment) {
        return jdbc.sql("select * from index_dossier_fact where " + COUNTED + unitFilter(unit)
                        + " and tsrange(entered_at, finished_at, '[]') @> cast(:at as timestamp)")
                .param("unit", unit).param("at", ts(moment))
                .query((rs, n) -> stored(rs, false).facts()).list();
    }

    /**
     * Counted dossiers of the unit (null: all) that may count in a period between the two moments:
     * entered handling before its end and not finished before its start.
     */
    public List<DossierFacts> handledBetween(String unit, LocalDateTime from, LocalDateTime toExclusive) {
        return jdbc.sql("select * from index_dossier_fact where " + COUNTED + unitFilter(unit)
                        + " and entered_at < :to and (finished_at is null or finished_at >= :from)")
                .param("unit", unit).param("from", ts(from)).param("to", ts(toExclusive))
                .query((rs, n) -> stored(rs, false).facts()).list();
    }

    /** The facts of these codes (rows without facts left out), read without locking. */
    public List<DossierFacts> of(Collection<String> codes) {
        return jdbc.sql("select * from index_dossier_fact where status is not null and code = any(:codes)")
                .param("codes", codes.toArray(String[]::new))
                .query((rs, n) -> stored(rs, false).facts()).list();
    }

    /** Every row with facts, streamed: the recompute reads the whole history once. */
    void forEach(Consumer<DossierFacts> action) {
        template.query(con -> {
            var statement = con.prepareStatement("select * from index_dossier_fact where status is not null");
            statement.setFetchSize(5000);
            return statement;
        }, rs -> {
            action.accept(stored(rs, false).facts());
        });
    }

    private static String unitFilter(String unit) {
        return unit == null ? " and cast(:unit as varchar) is null" : " and unit = :unit";
    }

    private static Object[] row(DossierFacts f, Origin origin, int trackingSeq, LocalDateTime now) {
        DossierFacts.Timeline t = f.timeline();
        return new Object[] {origin.column(), f.unit(), f.procedureCode(), f.channel().code(), f.applicantType().name(),
            f.status().code(), ts(t.submittedAt()), ts(t.receivedAt()), ts(t.appointment()), ts(t.doneAt()),
            ts(t.returnedAt()), ts(t.stoppedOrRefusedAt()), t.supplementRequests(), t.apologised(),
            f.status() == DossierStatus.WITHDRAWN, minutes(t.workedTime()), minutes(t.timeLimit()),
            f.procedure().fullOnlineService(), f.procedure().paperResultRequired(), f.procedure().reusableComponent(),
            f.digitisation().allComponentsDigitised(), f.digitisation().electronicResultIssued(),
            f.digitisation().componentReused(), f.digitisation().nationalDataStoreUsed(), f.payment().feesDueVnd(),
            f.payment().paidOnline(), f.applicantVerified(), f.syncedInTime(), f.complainedOrDissatisfied(), trackingSeq,
            ts(now), f.code()};
    }

    private static Stored stored(ResultSet rs, boolean insertedNow) throws SQLException {
        Origin origin = Origin.valueOf(rs.getString("origin").toUpperCase());
        boolean complained = rs.getBoolean("complained_or_dissatisfied");
        String code = rs.getString("code");
        int trackingSeq = rs.getInt("tracking_seq");
        DossierFacts.Payment payment = new DossierFacts.Payment(rs.getLong("fees_due_vnd"), rs.getBoolean("paid_online"));
        int feesSeq = rs.getInt("fees_seq");
        boolean electronic = rs.getBoolean("electronic_result_issued");
        boolean pushed = rs.getBoolean("result_pushed");
        boolean verified = rs.getBoolean("applicant_verified");
        if (rs.getObject("status") == null) {
            return new Stored(code, null, origin, trackingSeq, complained, payment, feesSeq, insertedNow, electronic,
                    pushed, verified);
        }
        DossierFacts.Timeline timeline = new DossierFacts.Timeline(local(rs, "submitted_at"),
                local(rs, "received_at"), local(rs, "appointment"), local(rs, "done_at"), local(rs, "returned_at"),
                local(rs, "stopped_or_refused_at"), rs.getInt("supplement_count"), rs.getBoolean("apologised"),
                duration(rs, "worked_minutes"), duration(rs, "limit_minutes"));
        DossierFacts facts = new DossierFacts(code, rs.getString("unit"), rs.getString("procedure_code"),
                Channel.ofCode(rs.getInt("channel")), ApplicantType.valueOf(rs.getString("applicant_type")),
                DossierStatus.ofCode(rs.getInt("status")), timeline,
                new DossierFacts.ProcedureTraits(rs.getBoolean("full_online_service"),
                        rs.getBoolean("paper_result_required"), rs.getBoolean("reusable_component")),
                new DossierFacts.Digitisation(rs.getBoolean("all_components_digitised"),
                        rs.getBoolean("electronic_result_issued"), rs.getBoolean("component_reused"),
                        rs.getBoolean("national_data_store_used")),
                payment, verified, rs.getBoolean("synced_in_time"), complained);
        return new Stored(code, facts, origin, trackingSeq, complained, payment, feesSeq, insertedNow, electronic,
                pushed, verified);
    }

    private static Long minutes(Duration duration) {
        return duration == null ? null : duration.toMinutes();
    }

    private static Duration duration(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : Duration.ofMinutes(value);
    }

    private static Timestamp ts(LocalDateTime moment) {
        return moment == null ? null : Timestamp.valueOf(moment);
    }

    private static LocalDateTime local(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toLocalDateTime();
    }
}
