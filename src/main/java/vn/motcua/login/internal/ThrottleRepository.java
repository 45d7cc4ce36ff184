package vn.motcua.login.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.login.LoginBlock;
import vn.motcua.login.LoginScope;

/**
 * The {@code login_throttle} table: one counter per account and per client address. A failure is
 * counted by one upsert whose row lock lasts until the caller's transaction commits, so two nodes
 * counting at once never lose a failure.
 */
@Repository
public class ThrottleRepository {

    private static final String COLUMNS =
            "scope, subject, failures, first_failure_at, last_failure_at, not_before, locked";

    private final JdbcClient jdbc;

    ThrottleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts one failure at {@code at}, starting again from one when the last is before {@code forgetBefore}. */
    public int countFailure(LoginScope scope, String subject, Instant at, Instant forgetBefore) {
        return jdbc.sql("""
                insert into login_throttle (scope, subject, failures, first_failure_at, last_failure_at)
                values (:scope, :subject, 1, :at, :at)
                on conflict (scope, subject) do update set
                    failures = case when login_throttle.last_failure_at < :forget then 1
                                    else login_throttle.failures + 1 end,
                    first_failure_at = case when login_throttle.last_failure_at < :forget then :at
                                            else login_throttle.first_failure_at end,
                    last_failure_at = :at
                returning failures""")
                .param("scope", scope.name()).param("subject", subject).param("at", Timestamp.from(at))
                .param("forget", Timestamp.from(forgetBefore))
                .query(Integer.class).single();
    }

    /** Sets or clears (null) the hold of a counter. */
    public void hold(LoginScope scope, String subject, Instant until, boolean locked) {
        jdbc.sql("update login_throttle set not_before = ?, locked = ? where scope = ? and subject = ?")
                .params(until == null ? null : Timestamp.from(until), locked, scope.name(), subject).update();
    }

    /** The latest end of the holds, after {@code now}, on an account and a client address. */
    public Optional<Instant> heldUntil(LoginScope scope, String username, String client, Instant now) {
        return jdbc.sql("""
                select max(not_before) from login_throttle where not_before > ?
                and ((scope = ? and subject = ?) or (scope = 'CLIENT' and subject = ?))""")
                .params(Timestamp.from(now), scope.name(), username, client)
                .query(Timestamp.class).optional().map(Timestamp::toInstant);
    }

    /** The holds in force at {@code now}, the latest ending first. */
    public List<LoginBlock> held(Instant now, int limit) {
        return jdbc.sql("select " + COLUMNS + " from login_throttle where not_before > ?"
                        + " order by not_before desc, scope, subject limit ?")
                .params(Timestamp.from(now), limit).query(ThrottleRepository::map).list();
    }

    public Optional<LoginBlock> find(LoginScope scope, String subject) {
        return jdbc.sql("select " + COLUMNS + " from login_throttle where scope = ? and subject = ?")
                .params(scope.name(), subject).query(ThrottleRepository::map).optional();
    }

    /** Removes a counter and its hold. */
    public void clear(LoginScope scope, String subject) {
        jdbc.sql("delete from login_throttle where scope = ? and subject = ?").params(scope.name(), subject).update();
    }

    /** Drops counters forgotten anyway, so guessed usernames do not pile up. */
    public void dropForgotten(Instant forgetBefore, Instant now) {
        jdbc.sql("delete from login_throttle where last_failure_at < ? and (not_before is null or not_before <= ?)")
                .params(Timestamp.from(forgetBefore), Timestamp.from(now)).update();
    }

    private static LoginBlock map(ResultSet rs, int row) throws SQLException {
        Timestamp until = rs.getTimestamp("not_before");
        return new LoginBlock(LoginScope.valueOf(rs.getString("scope")), rs.getString("subject"), rs.getInt("failures"),
                rs.getTimestamp("first_failure_at").toInstant(), rs.getTimestamp("last_failure_at").toInstant(),
                until == null ? null : until.toInstant(), rs.getBoolean("locked"));
    }
}
