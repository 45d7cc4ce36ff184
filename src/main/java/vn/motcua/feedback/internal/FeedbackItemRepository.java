package vn.motcua.feedback.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.feedback.FeedbackAction;
import vn.motcua.feedback.FeedbackChannel;
import vn.motcua.feedback.FeedbackItem;
import vn.motcua.feedback.FeedbackKind;
import vn.motcua.feedback.FeedbackStatus;
import vn.motcua.feedback.PublishedAnswer;
import vn.motcua.feedback.Satisfaction;

/** The {@code feedback_item} table, its files and its history; the version column guards concurrent changes. */
@Repository
public class FeedbackItemRepository {

    private final JdbcClient jdbc;

    FeedbackItemRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next number of the tracking code's sequence. */
    public long nextNumber() {
        return jdbc.sql("select nextval('feedback_item_seq')").query(Long.class).single();
    }

    /** A new item; its secret only as a hash. */
    public void insert(FeedbackItem i, String secretHash, String externalId) {
        jdbc.sql("insert into feedback_item (code, kind, status, unit, dossier_code, procedure_code, sender_name,"
                        + " sender_contact, account_id, secret_hash, title, content, channel, received_at,"
                        + " clock_started_at, refiled_from, external_id) values (:code, :kind, :status, :unit,"
                        + " :dossier, :procedure, :name, :contact, :account, :hash, :title, :content, :channel,"
                        + " :received, :received, :from, :external)")
                .param("code", i.code()).param("kind", i.kind().name()).param("status", i.status().name())
                .param("unit", i.unit()).param("dossier", i.dossierCode()).param("procedure", i.procedureCode())
                .param("name", i.senderName()).param("contact", i.senderContact()).param("account", i.accountId())
                .param("hash", secretHash).param("title", i.title()).param("content", i.content())
                .param("channel", i.channel().name()).param("received", ts(i.receivedAt()))
                .param("from", i.refiledFrom()).param("external", externalId).update();
    }

    public void insertFile(String code, FeedbackItem.Attachment file) {
        jdbc.sql("insert into feedback_item_file (item_code, sha256, name, media_type, size) values (?, ?, ?, ?, ?)"
                        + " on conflict do nothing")
                .params(code, file.sha256(), file.name(), file.mediaType(), file.size()).update();
    }

    public void insertStep(String code, FeedbackItem.Step step) {
        jdbc.sql("insert into feedback_item_step (item_code, seq, action, status, actor, note, at) values (:code,"
                        + " (select coalesce(max(seq), 0) + 1 from feedback_item_step where item_code = :code),"
                        + " :action, :status, :actor, :note, :at)")
                .param("code", code).param("action", step.action() == null ? "FILE" : step.action().name())
                .param("status", step.status().name()).param("actor", step.actor()).param("note", step.note())
                .param("at", ts(step.at())).update();
    }

    public Optional<FeedbackItem> find(String code) {
        return jdbc.sql("select * from feedback_item where code = ?").param(code).query(this::map).optional();
    }

    /** The item's secret hash, for the caller to compare in constant time. */
    public Optional<String> secretHash(String code) {
        return jdbc.sql("select secret_hash from feedback_item where code = ?").param(code).query(String.class)
                .optional();
    }

    public boolean externalIdTaken(String externalId) {
        return jdbc.sql("select count(*) from feedback_item where external_id = ?").param(externalId)
                .query(Long.class).single() > 0;
    }

    /**
     * Writes the item's handling fields if it is still at {@code version}.
     *
     * @return false when someone changed it meanwhile
     */
    public boolean update(FeedbackItem i, String publishedTitle, int version) {
        return jdbc.sql("update feedback_item set status = :status, clock_started_at = :clock, asked = :asked,"
                        + " information = :information, reason = :reason, answer = :answer,"
                        + " published_title = coalesce(:ptitle, published_title), published_question = :pquestion, published_answer = :panswer,"
                        + " outcome_at = :outcome, answered_at = :answered, published_at = :published,"
                        + " rating = :rating, rated_at = :rated, refiled = :refiled, version = version + 1"
                        + " where code = :code and version = :version")
                .param("status", i.status().name()).param("clock", ts(i.clockStartedAt())).param("asked", i.asked())
                .param("information", i.information()).param("reason", i.reason()).param("answer", i.answer())
                .param("ptitle", publishedTitle)
                .param("pquestion", i.publishedQuestion()).param("panswer", i.publishedAnswer())
                .param("outcome", ts(i.outcomeAt())).param("answered", ts(i.answeredAt()))
                .param("published", ts(i.publishedAt()))
                .param("rating", i.rating() == null ? null : i.rating().name()).param("rated", ts(i.ratedAt()))
                .param("refiled", i.refiled()).param("code", i.code()).param("version", version).update() == 1;
    }

    /** The unit's items the unit still has to handle or that the sender must answer. */
    public List<FeedbackItem> openOf(String unit) {
        return jdbc.sql("select * from feedback_item where unit = ? and status in ('RECEIVED', 'ACCEPTED',"
                + " 'AWAITING_INFORMATION', 'ANSWERED') order by clock_started_at").param(unit).query(this::map).list();
    }

    /** Items whose unit's time started in [from, to): those whose limits may fall in a period. */
    public List<FeedbackItem> startedBetween(Instant from, Instant to, String unitOrNull) {
        return jdbc.sql("select * from feedback_item where clock_started_at >= :from and clock_started_at < :to"
                        + " and (cast(:unit as varchar) is null or unit = :unit) order by code")
                .param("from", ts(from)).param("to", ts(to)).param("unit", unitOrNull).query(this::mapBare).list();
    }

    /** Published answers whose published text contains {@code text} (any, when blank), newest first. */
    public List<PublishedAnswer> published(String text, int offset, int limit) {
        String like = text == null || text.isBlank() ? null : "%" + text.strip().toLowerCase()
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql("select code, kind, unit, published_title, published_question, published_answer,"
                        + " published_at from feedback_item where status = 'PUBLISHED' and (cast(:q as varchar) is null"
                        + " or lower(published_title || ' ' || published_question || ' ' || published_answer) like :q)"
                        + " order by published_at desc, code limit :limit offset :offset")
                .param("q", like).param("limit", limit).param("offset", offset)
                .query((rs, row) -> new PublishedAnswer(rs.getString("code"), FeedbackKind.valueOf(rs.getString("kind")),
                        rs.getString("unit"), rs.getString("published_title"), rs.getString("published_question"),
                        rs.getString("published_answer"), rs.getTimestamp("published_at").toInstant()))
                .list();
    }

    /** Dossiers that feedback or a complaint names, for the index's rebuild. */
    public List<String> dossiersComplainedAbout() {
        return jdbc.sql("select distinct dossier_code from feedback_item where dossier_code is not null")
                .query(String.class).list();
    }

    private FeedbackItem map(ResultSet rs, int row) throws SQLException {
        FeedbackItem bare = mapBare(rs, row);
        String code = bare.code();
        List<FeedbackItem.Attachment> files = jdbc.sql("select * from feedback_item_file where item_code = ?"
                + " order by name, sha256").param(code)
                .query((f, n) -> new FeedbackItem.Attachment(f.getString("sha256"), f.getString("name"),
                        f.getString("media_type"), f.getLong("size"))).list();
        List<FeedbackItem.Step> steps = jdbc.sql("select * from feedback_item_step where item_code = ? order by seq")
                .param(code).query((s, n) -> new FeedbackItem.Step(
                        "FILE".equals(s.getString("action")) ? null : FeedbackAction.valueOf(s.getString("action")),
                        FeedbackStatus.valueOf(s.getString("status")), s.getString("actor"), s.getString("note"),
                        s.getTimestamp("at").toInstant())).list();
        return withParts(bare, files, steps);
    }

    private FeedbackItem mapBare(ResultSet rs, int row) throws SQLException {
        String rating = rs.getString("rating");
        return new FeedbackItem(rs.getString("code"), FeedbackKind.valueOf(rs.getString("kind")),
                FeedbackStatus.valueOf(rs.getString("status")), rs.getString("unit"), rs.getString("dossier_code"),
                rs.getString("procedure_code"), rs.getString("sender_name"), rs.getString("sender_contact"),
                rs.getObject("account_id", Long.class), rs.getString("title"), rs.getString("content"),
                FeedbackChannel.valueOf(rs.getString("channel")), instant(rs, "received_at"),
                instant(rs, "clock_started_at"), rs.getString("asked"), rs.getString("information"),
                rs.getString("reason"), rs.getString("answer"), rs.getString("published_question"),
                rs.getString("published_answer"), instant(rs, "outcome_at"), instant(rs, "answered_at"),
                instant(rs, "published_at"), rating == null ? null : Satisfaction.valueOf(rating),
                instant(rs, "rated_at"), rs.getString("refiled_from"), rs.getBoolean("refiled"), rs.getInt("version"),
                List.of(), List.of());
    }

    private static FeedbackItem withParts(FeedbackItem i, List<FeedbackItem.Attachment> files,
            List<FeedbackItem.Step> steps) {
        return new FeedbackItem(i.code(), i.kind(), i.status(), i.unit(), i.dossierCode(), i.procedureCode(),
                i.senderName(), i.senderContact(), i.accountId(), i.title(), i.content(), i.channel(), i.receivedAt(),
                i.clockStartedAt(), i.asked(), i.information(), i.reason(), i.answer(), i.publishedQuestion(),
                i.publishedAnswer(), i.outcomeAt(), i.answeredAt(), i.publishedAt(), i.rating(), i.ratedAt(),
                i.refiledFrom(), i.refiled(), i.version(), files, steps);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
