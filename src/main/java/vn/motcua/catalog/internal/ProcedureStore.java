package vn.motcua.catalog.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.catalog.Coded;
import vn.motcua.catalog.OnlineEnablement;
import vn.motcua.catalog.OnlineLevel;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.ProcedureContent;
import vn.motcua.catalog.ProcedureLevel;
import vn.motcua.catalog.VersionStatus;

/** Procedures and their versions in {@code catalog_procedure} and {@code catalog_procedure_version}. */
@Repository
public class ProcedureStore {

    private static final String SELECT = """
            select v.id, v.version, v.status, p.local_code, v.published_at, v.ended_at, v.content,
                   v.online_enabled_by, v.online_enabled_at
              from catalog_procedure_version v join catalog_procedure p on p.code = v.procedure_code
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ProcedureStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public long countProcedures() {
        return jdbc.sql("select count(*) from catalog_procedure").query(Long.class).single();
    }

    public List<String> codes() {
        return jdbc.sql("select code from catalog_procedure order by code").query(String.class).list();
    }

    public boolean exists(String code) {
        return jdbc.sql("select count(*) from catalog_procedure where code = ?").param(code)
                .query(Long.class).single() > 0;
    }

    public Optional<Procedure> inForce(String code) {
        return jdbc.sql(SELECT + " where v.procedure_code = ? and v.status = 'in_force'").param(code)
                .query(this::map).optional();
    }

    /** The version in force, else the last one (of a retired procedure). */
    public Optional<Procedure> latest(String code) {
        return versions(code).stream().findFirst();
    }

    /** Every version, newest first. */
    public List<Procedure> versions(String code) {
        return jdbc.sql(SELECT + " where v.procedure_code = ? order by v.version desc").param(code)
                .query(this::map).list();
    }

    public Optional<Procedure> version(String code, int version) {
        return jdbc.sql(SELECT + " where v.procedure_code = ? and v.version = ?").params(code, version)
                .query(this::map).optional();
    }

    public Optional<Procedure> byId(long versionId) {
        return jdbc.sql(SELECT + " where v.id = ?").param(versionId).query(this::map).optional();
    }

    /** The given versions, in the order of {@code ids}. */
    public List<Procedure> byIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var found = jdbc.sql(SELECT + " where v.id = any(?)").param(ids.toArray(Long[]::new))
                .query(this::map).list().stream()
                .collect(Collectors.toMap(Procedure::versionId, Function.identity()));
        return ids.stream().map(found::get).toList();
    }

    public void insertProcedure(String code, String localCode) {
        jdbc.sql("insert into catalog_procedure (code, local_code) values (?, ?)").params(code, localCode).update();
    }

    /**
     * Adds a version and makes it the one in force, ending the one in force before it. The partial
     * unique index refuses a second version in force should two administrators publish at once. An
     * administrator's offer of online submission carries over, with who made it and when.
     */
    public Procedure insertVersion(String localCode, ProcedureContent content, Instant now) {
        OnlineEnablement online = jdbc.sql("update catalog_procedure_version set status = 'superseded', ended_at = ? "
                        + "where procedure_code = ? and status = 'in_force' returning online_enabled_by, online_enabled_at")
                .params(Timestamp.from(now), content.code()).query(ProcedureStore::enablement).list()
                .stream().filter(Objects::nonNull).findFirst().orElse(null);
        int version = jdbc.sql("select coalesce(max(version), 0) + 1 from catalog_procedure_version "
                + "where procedure_code = ?").param(content.code()).query(Integer.class).single();
        long id = jdbc.sql("""
                insert into catalog_procedure_version (procedure_code, version, status, name, field, level,
                       unit_identifiers, decision_number, decision_signed_on, decision_effective_from, content,
                       search_name, search_text, published_at)
                values (?, ?, 'in_force', ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?)
                returning id""")
                .params(content.code(), version, content.name(), content.field(), content.level().code(),
                        content.units().toArray(String[]::new), content.decision().number(),
                        content.decision().signedOn(), content.decision().effectiveFrom(),
                        json.writeValueAsString(content), SearchText.fold(content.name()),
                        searchText(localCode, content), Timestamp.from(now))
                .query(Long.class).single();
        if (online != null) {
            enableOnline(id, online);
        }
        return byId(id).orElseThrow();
    }

    /** Records an administrator's offer of online submission on a version (null withdraws it). */
    public void enableOnline(long versionId, OnlineEnablement online) {
        jdbc.sql("update catalog_procedure_version set online_enabled_by = ?, online_enabled_at = ? where id = ?")
                .params(online == null ? null : online.by(), online == null ? null : Timestamp.from(online.at()),
                        versionId)
                .update();
    }

    /** Ends the version in force as retired; empty when nothing was in force. */
    public Optional<Procedure> retire(String code, Instant now) {
        return jdbc.sql("update catalog_procedure_version set status = 'retired', ended_at = ? "
                        + "where procedure_code = ? and status = 'in_force' returning id")
                .params(Timestamp.from(now), code).query(Long.class).optional().flatMap(this::byId);
    }

    /** In-force versions matching the query and filters, unranked: the text index narrows, Java ranks. */
    public List<SearchRanking.Candidate> candidates(SearchQuery query, Filters filters) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("""
                select v.id, p.code, p.local_code, v.search_name
                  from catalog_procedure_version v join catalog_procedure p on p.code = v.procedure_code
                 where v.status = 'in_force' and (v.search_vector @@ to_tsquery('simple', ?)""");
        params.add(query.tsquery());
        if (query.codePrefix() != null) {
            sql.append(" or p.code like ? or lower(p.local_code) like ?");
            params.add(likePrefix(query.codePrefix()));
            params.add(likePrefix(query.codePrefix()));
        }
        sql.append(')');
        filters.appendTo(sql, params);
        return jdbc.sql(sql.toString()).params(params).query((rs, n) -> new SearchRanking.Candidate(
                rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
    }

    /** With no text to rank by, a page of in-force versions A–Z, paged by the database. */
    public List<Long> browse(Filters filters, int offset, int limit) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("select v.id from catalog_procedure_version v where v.status = 'in_force'");
        filters.appendTo(sql, params);
        sql.append(" order by v.search_name, v.procedure_code offset ? limit ?");
        params.add(offset);
        params.add(limit);
        return jdbc.sql(sql.toString()).params(params).query(Long.class).list();
    }

    public long count(Filters filters) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("select count(*) from catalog_procedure_version v where v.status = 'in_force'");
        filters.appendTo(sql, params);
        return jdbc.sql(sql.toString()).params(params).query(Long.class).single();
    }

    /** The fields (lĩnh vực) of the procedures in force, A–Z, for the search filter. */
    public List<String> fields() {
        return jdbc.sql("select distinct field from catalog_procedure_version where status = 'in_force'")
                .query(String.class).list().stream()
                .sorted(Comparator.comparing(SearchText::fold)).toList();
    }

    /** The search filters, as SQL conditions on {@code catalog_procedure_version v}. */
    public record Filters(String field, ProcedureLevel level, String unit, boolean fullyOnline) {

        void appendTo(StringBuilder sql, List<Object> params) {
            if (field != null) {
                sql.append(" and v.field = ?");
                params.add(field);
            }
            if (level != null) {
                sql.append(" and v.level = ?");
                params.add(level.code());
            }
            if (unit != null) {
                sql.append(" and v.unit_identifiers @> array[?]::text[]");
                params.add(unit);
            }
            if (fullyOnline) {
                sql.append(" and v.content ->> 'onlineLevel' = ?");
                params.add(OnlineLevel.FULL.code());
            }
        }
    }

    private static String likePrefix(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** Everything a user may search by besides the name: codes, field, agency, documents. */
    private static String searchText(String localCode, ProcedureContent c) {
        Stream<String> parts = Stream.of(Stream.of(c.code(), localCode, c.name(), c.field(), c.agency(),
                        c.result().document()),
                c.components().stream().map(d -> d.name())).flatMap(s -> s);
        return parts.map(SearchText::fold).filter(s -> !s.isEmpty()).collect(Collectors.joining(" "));
    }

    private Procedure map(ResultSet rs, int row) throws SQLException {
        Timestamp ended = rs.getTimestamp("ended_at");
        return new Procedure(rs.getLong("id"), rs.getInt("version"),
                Coded.parse(VersionStatus.class, rs.getString("status")), rs.getString("local_code"),
                rs.getTimestamp("published_at").toInstant(), ended == null ? null : ended.toInstant(),
                enablement(rs, row), json.readValue(rs.getString("content"), ProcedureContent.class));
    }

    private static OnlineEnablement enablement(ResultSet rs, int row) throws SQLException {
        Timestamp at = rs.getTimestamp("online_enabled_at");
        return at == null ? null : new OnlineEnablement(rs.getString("online_enabled_by"), at.toInstant());
    }
}
