package vn.motcua.events.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.stereotype.Repository;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.events.FailingDelivery;

/**
 * Deliveries as Spring Modulith's registry keeps them ({@code event_publication}: status, attempts, the
 * last attempt's start), with what this module adds ({@code event_redelivery}: the last failure, an
 * administrator's request). Every query names {@code completion_date is null}, so that it reads the
 * unfinished deliveries through their index and never the completed ones, which the registry keeps.
 */
@Repository
public class DeliveryStore {

    /**
     * When a failed delivery is due again: at once when an administrator asked, else its last attempt's
     * start plus {@code retryFirst × 2^(attempts − 1)}, at most {@code retryMax}. The one formula of the
     * backoff, used by the schedule and shown on the page.
     */
    private static final String NEXT_ATTEMPT = """
            coalesce(r.retry_requested_at, p.last_resubmission_date + make_interval(secs => least(
                :first * power(2, least(coalesce(p.completion_attempts, 1), 31) - 1), :max)))""";
    private static final String FAILING = """
            from event_publication p left join event_redelivery r on r.publication_id = p.id
            where p.completion_date is null and (p.status = 'FAILED' or r.publication_id is not null)""";
    private static final Pattern PACKAGE = Pattern.compile("\\b[a-z_][a-z0-9_]*\\.");
    private static final int MAX_ERROR = 2000;

    private final JdbcClient jdbc;
    private final EventSerializer serializer;
    private final JsonMapper json;
    private final RedeliverySettings settings;

    DeliveryStore(JdbcClient jdbc, EventSerializer serializer, JsonMapper json, RedeliverySettings settings) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.json = json;
        this.settings = settings;
    }

    /** Failed deliveries and those being tried again after a failure, oldest event first. */
    public List<FailingDelivery> failing(int limit) {
        return jdbc.sql("""
                select p.id, p.listener_id, p.event_type, p.serialized_event, p.publication_date, p.status,
                    p.completion_attempts, r.error, r.interrupted, r.retry_requested_at, %s as next_attempt
                %s order by p.publication_date, p.id limit :limit""".formatted(NEXT_ATTEMPT, FAILING))
                .param("first", seconds(settings.retryFirst())).param("max", seconds(settings.retryMax()))
                .param("limit", limit).query(this::delivery).list();
    }

    public long countFailing() {
        return jdbc.sql("select count(*) " + FAILING).query(Long.class).single();
    }

    /**
     * Records why a listener's delivery of {@code event} failed, found as Spring Modulith finds it: by
     * listener and serialized event among the unfinished deliveries.
     */
    void recordFailure(String listenerId, Object event, Throwable failure, Instant at) {
        jdbc.sql("""
                insert into event_redelivery (publication_id, failed_at, error, interrupted)
                select id, :at, :error, false from event_publication
                where completion_date is null and listener_id = :listener and serialized_event = :event
                on conflict (publication_id) do update
                    set failed_at = excluded.failed_at, error = excluded.error, interrupted = false""")
                .param("at", timestamp(at)).param("error", describe(failure)).param("listener", listenerId)
                .param("event", serializer.serialize(event).toString()).update();
    }

    /**
     * Takes deliveries started before {@code before} that neither completed nor failed for failed
     * (interrupted); returns how many.
     */
    int markInterrupted(Instant before, Instant now) {
        return jdbc.sql("""
                with interrupted as (
                    update event_publication set status = 'FAILED'
                    where completion_date is null and status in ('PUBLISHED', 'PROCESSING', 'RESUBMITTED')
                        and last_resubmission_date < :before
                    returning id)
                insert into event_redelivery (publication_id, failed_at, error, interrupted)
                select id, :now, null, true from interrupted
                on conflict (publication_id) do update
                    set failed_at = excluded.failed_at, error = null, interrupted = true""")
                .param("before", timestamp(before)).param("now", timestamp(now)).update();
    }

    /** Failed deliveries due at {@code now}, oldest event first, at most {@code limit}. */
    List<Due> due(Instant now, int limit) {
        return jdbc.sql("""
                select p.id, p.publication_date
                from event_publication p left join event_redelivery r on r.publication_id = p.id
                where p.completion_date is null and p.status = 'FAILED' and %s <= :now
                order by p.publication_date, p.id limit :limit""".formatted(NEXT_ATTEMPT))
                .param("first", seconds(settings.retryFirst())).param("max", seconds(settings.retryMax()))
                .param("now", timestamp(now)).param("limit", limit)
                .query((rs, n) -> new Due(rs.getObject("id", UUID.class),
                        rs.getTimestamp("publication_date").toInstant()))
                .list();
    }

    /**
     * How many failed deliveries Spring Modulith reads, oldest first, to reach every one published up to
     * {@code last} (ties included, whatever order it gives them).
     */
    int failedPublishedUpTo(Instant last) {
        return jdbc.sql("""
                select count(*) from event_publication
                where completion_date is null and (status = 'FAILED' or status is null) and publication_date <= :last""")
                .param("last", timestamp(last)).query(Integer.class).single();
    }

    /** Asks for an attempt now; false when no delivery with this id has failed (unknown, completed, in progress). */
    public boolean requestRetry(UUID id, Instant at) {
        return jdbc.sql("""
                insert into event_redelivery (publication_id, retry_requested_at)
                select id, :at from event_publication where id = :id and completion_date is null and status = 'FAILED'
                on conflict (publication_id) do update set retry_requested_at = excluded.retry_requested_at""")
                .param("id", id).param("at", timestamp(at)).update() == 1;
    }

    /** Forgets completed deliveries' failures, and requests an attempt started since answered. */
    void tidy() {
        jdbc.sql("""
                delete from event_redelivery r using event_publication p
                where p.id = r.publication_id and p.completion_date is not null""").update();
        jdbc.sql("""
                update event_redelivery r set retry_requested_at = null from event_publication p
                where p.id = r.publication_id and r.retry_requested_at is not null
                    and p.last_resubmission_date >= r.retry_requested_at""").update();
    }

    /** A failed delivery due again. */
    record Due(UUID id, Instant publishedAt) {
    }

    private FailingDelivery delivery(ResultSet rs, int row) throws SQLException {
        FailingDelivery.State state = !"FAILED".equals(rs.getString("status")) ? FailingDelivery.State.RETRYING
                : rs.getTimestamp("retry_requested_at") != null ? FailingDelivery.State.REQUESTED
                : FailingDelivery.State.WAITING;
        return new FailingDelivery(rs.getObject("id", UUID.class), withoutPackages(rs.getString("listener_id")),
                withoutPackages(rs.getString("event_type")), key(rs.getString("serialized_event")),
                rs.getTimestamp("publication_date").toInstant(), rs.getInt("completion_attempts"), state,
                state == FailingDelivery.State.WAITING ? rs.getTimestamp("next_attempt").toInstant() : null,
                rs.getBoolean("interrupted"), rs.getString("error"));
    }

    /** {@code vn.motcua.index.internal.Facts.on(vn.motcua.dossier.DossierStatusChanged)} → {@code Facts.on(DossierStatusChanged)}. */
    private static String withoutPackages(String qualified) {
        return PACKAGE.matcher(qualified).replaceAll("");
    }

    /** The dossier code an event names ({@code dossierCode}), else its own {@code code} (a dossier's, a procedure's…). */
    private String key(String serializedEvent) {
        try {
            JsonNode event = json.readTree(serializedEvent);
            JsonNode key = event.path("dossierCode").isString() ? event.path("dossierCode") : event.path("code");
            return key.isString() ? key.stringValue() : null;
        } catch (JacksonException notJson) {
            return null;
        }
    }

    /** The most specific cause, as its class and message, short enough for the page. */
    private static String describe(Throwable failure) {
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(failure);
        String text = cause.getClass().getName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        return text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR);
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }

    private static Timestamp timestamp(Instant instant) {
        return Timestamp.from(instant);
    }
}
