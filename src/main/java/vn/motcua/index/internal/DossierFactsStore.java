package vn.motcua.index.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.catalog.ApplicantType;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.index.DossierFacts;

/**
 * The table {@code index_dossier_fact}: one row per dossier, written by the index's listeners and
 * read by {@link vn.motcua.index.IndexQueries}.
 *
 * <p>Why the upsert is safe to replay and to receive out of order: the moments (received, done,
 * returned, stopped or refused, submitted) each keep the earliest value seen, which does not depend
 * on the order; the running state (status, appointment, units, supplement count, apology) is taken
 * only from a transition whose tracking line is not older than the one already applied; withdrawn
 * and apologised only ever turn on.
 */
@Repository
public class DossierFactsStore {

    private final JdbcClient jdbc;

    public DossierFactsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One transition's contribution to a dossier's row. Moments are null unless this transition set them. */
    public record Transition(String code, String unit, String receivingUnit, String procedureCode,
            long procedureVersionId, Channel channel, ApplicantType applicantType, DossierStatus status, int trackingSeq,
            LocalDateTime submittedAt, LocalDateTime receivedAt, LocalDateTime appointment, LocalDateTime doneAt,
            LocalDateTime returnedAt, LocalDateTime stoppedOrRefusedAt, int supplementCount, boolean apologised,
            boolean withdrawn, boolean fullOnlineService, boolean paperResultRequired, boolean hasFee,
            LocalDateTime updatedAt) {
    }

    public void apply(Transition t) {
        jdbc.sql("""
                insert into index_dossier_fact as f (code, unit, receiving_unit, procedure_code, procedure_version_id,
                    channel, applicant_type, status, tracking_seq, submitted_at, received_at, appointment, done_at,
                    returned_at, stopped_or_refused_at, supplement_count, apologised, withdrawn, full_online_service,
                    paper_result_required, has_fee, updated_at)
                values (:code, :unit, :receivingUnit, :procedureCode, :versionId, :channel, :applicantType, :status,
                    :seq, :submittedAt, :receivedAt, :appointment, :doneAt, :returnedAt, :stoppedAt, :supplements,
                    :apologised, :withdrawn, :fullOnline, :paperResult, :hasFee, :updatedAt)
                on conflict (code) do update set
                    submitted_at = least(f.submitted_at, excluded.submitted_at),
                    received_at = least(f.received_at, excluded.received_at),
                    done_at = least(f.done_at, excluded.done_at),
                    returned_at = least(f.returned_at, excluded.returned_at),
                    stopped_or_refused_at = least(f.stopped_or_refused_at, excluded.stopped_or_refused_at),
                    withdrawn = f.withdrawn or excluded.withdrawn,
                    apologised = f.apologised or excluded.apologised,
                    supplement_count = greatest(f.supplement_count, excluded.supplement_count),
                    unit = case when excluded.tracking_seq >= f.tracking_seq then excluded.unit else f.unit end,
                    receiving_unit = case when excluded.tracking_seq >= f.tracking_seq
                        then excluded.receiving_unit else f.receiving_unit end,
                    procedure_code = case when excluded.tracking_seq >= f.tracking_seq
                        then excluded.procedure_code else f.procedure_code end,
                    procedure_version_id = case when excluded.tracking_seq >= f.tracking_seq
                        then excluded.procedure_version_id else f.procedure_version_id end,
                    channel = case when excluded.tracking_seq >= f.tracking_seq then excluded.channel else f.channel end,
                    applicant_type = case when excluded.tracking_seq >= f.tracking_seq
                        then excluded.applicant_type else f.applicant_type end,
                    status = case when excluded.tracking_seq >= f.tracking_seq then excluded.status else f.status end,
                    appointment = case when excluded.tracking_seq >= f.tracking_seq
                        then excluded.appointment else f.appointment end,
                    full_online_service = case when excluded.tracking_seq >= f.tracking_seq
                        then excluded.full_online_service else f.full_online_service end,
                    paper_result_required = case when excluded.tracking_seq >= f.tracking_seq
                        then excluded.paper_result_required else f.paper_result_required end,
                    has_fee = case when excluded.tracking_seq >= f.tracking_seq then excluded.has_fee else f.has_fee end,
                    tracking_seq = greatest(f.tracking_seq, excluded.tracking_seq),
                    updated_at = greatest(f.updated_at, excluded.updated_at)
                """)
                .param("code", t.code()).param("unit", t.unit()).param("receivingUnit", t.receivingUnit())
                .param("procedureCode", t.procedureCode()).param("versionId", t.procedureVersionId())
                .param("channel", t.channel().code()).param("applicantType", t.applicantType().name())
                .param("status", t.status().code()).param("seq", t.trackingSeq())
                .param("submittedAt", ts(t.submittedAt())).param("receivedAt", ts(t.receivedAt()))
                .param("appointment", ts(t.appointment())).param("doneAt", ts(t.doneAt()))
                .param("returnedAt", ts(t.returnedAt())).param("stoppedAt", ts(t.stoppedOrRefusedAt()))
                .param("supplements", t.supplementCount()).param("apologised", t.apologised())
                .param("withdrawn", t.withdrawn()).param("fullOnline", t.fullOnlineService())
                .param("paperResult", t.paperResultRequired()).param("hasFee", t.hasFee())
                .param("updatedAt", ts(t.updatedAt()))
                .update();
    }

    /** Records the applicant's rating; creates a status-less row when the rating arrives first. */
    public void rated(String code, boolean dissatisfied, LocalDateTime at) {
        jdbc.sql("""
                insert into index_dossier_fact as f (code, rated_dissatisfied, updated_at)
                values (:code, :dissatisfied, :at)
                on conflict (code) do update set rated_dissatisfied = excluded.rated_dissatisfied,
                    updated_at = greatest(f.updated_at, excluded.updated_at)
                """).param("code", code).param("dissatisfied", dissatisfied).param("at", ts(at)).update();
    }

    /**
     * The facts that can count in a period ending before {@code toExclusive} and starting at
     * {@code fromInclusive}: entered handling before its end, not finished before its start, not
     * withdrawn, with a status. {@code unit} null is the whole province.
     */
    public List<DossierFacts> handledIn(String unit, LocalDateTime fromInclusive, LocalDateTime toExclusive) {
        return jdbc.sql("""
                select * from index_dossier_fact
                where status is not null and not withdrawn
                  and (cast(:unit as varchar) is null or unit = :unit)
                  and entered_at < :to
                  and (finished_at is null or finished_at >= :from)
                """).param("unit", unit).param("from", ts(fromInclusive)).param("to", ts(toExclusive))
                .query(DossierFactsStore::facts).list();
    }

    private static DossierFacts facts(ResultSet rs, int row) throws SQLException {
        DossierFacts.Timeline timeline = new DossierFacts.Timeline(local(rs, "submitted_at"),
                local(rs, "received_at"), local(rs, "appointment"), local(rs, "done_at"), local(rs, "returned_at"),
                local(rs, "stopped_or_refused_at"), rs.getInt("supplement_count"), rs.getBoolean("apologised"),
                null, null);
        return new DossierFacts(rs.getString("code"), rs.getString("unit"), rs.getString("procedure_code"),
                Channel.ofCode(rs.getInt("channel")), ApplicantType.valueOf(rs.getString("applicant_type")),
                DossierStatus.ofCode(rs.getInt("status")), timeline,
                new DossierFacts.ProcedureTraits(rs.getBoolean("full_online_service"),
                        rs.getBoolean("paper_result_required"), rs.getBoolean("reusable_component")),
                new DossierFacts.Digitisation(rs.getBoolean("all_components_digitised"),
                        rs.getBoolean("electronic_result_issued"), false, false),
                new DossierFacts.Payment(0, false), false, false, rs.getBoolean("rated_dissatisfied"));
    }

    private static Timestamp ts(LocalDateTime moment) {
        return moment == null ? null : Timestamp.valueOf(moment);
    }

    private static LocalDateTime local(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toLocalDateTime();
    }
}
