package vn.motcua.organization.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.organization.Delegation;

/** Delegations in table {@code organization_delegation}; ended, never deleted. */
@Repository
public class DelegationRepository {

    /** A page of delegations is bounded like every list of the product. */
    private static final int MAX_LISTED = 500;

    private final JdbcClient jdbc;

    DelegationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Delegation insert(String leader, String deputy, String unit, LocalDate from, LocalDate to, String by,
            Instant at) {
        long id = jdbc.sql("""
                insert into organization_delegation (leader, deputy, unit, valid_from, valid_to, created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(leader, deputy, unit, from, to, by, Timestamp.from(at)).query(Long.class).single();
        return find(id).orElseThrow();
    }

    public Optional<Delegation> find(long id) {
        return jdbc.sql("select * from organization_delegation where id = ?").param(id)
                .query(DelegationRepository::map).optional();
    }

    /**
     * Holds the leader's officer row until the transaction ends, so that two delegations of the same
     * leader submitted at once are checked for overlap one after the other, never both against the old state.
     */
    public void lockLeader(String leader) {
        jdbc.sql("select 1 from organization_officer where username = ? for update").param(leader)
                .query(Integer.class).optional();
    }

    /** Whether the leader already has a delegation, not ended, sharing a day with [from, to]. */
    public boolean overlapping(String leader, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select exists (select 1 from organization_delegation where leader = ? and ended_at is null
                    and valid_from <= ? and valid_to >= ?)""")
                .params(leader, to, from).query(Boolean.class).single();
    }

    public void end(long id, String by, Instant at) {
        jdbc.sql("update organization_delegation set ended_at = ?, ended_by = ? where id = ? and ended_at is null")
                .params(Timestamp.from(at), by, id).update();
    }

    public List<Delegation> all() {
        return jdbc.sql("select * from organization_delegation order by id desc limit ?").param(MAX_LISTED)
                .query(DelegationRepository::map).list();
    }

    public List<Delegation> ofLeader(String leader) {
        return jdbc.sql("select * from organization_delegation where leader = ? order by id desc limit ?")
                .params(leader, MAX_LISTED).query(DelegationRepository::map).list();
    }

    public List<Delegation> activeFor(String deputy, String unit, LocalDate day) {
        return jdbc.sql("""
                select * from organization_delegation where deputy = ? and unit = ? and ended_at is null
                   and valid_from <= ? and valid_to >= ? order by id""")
                .params(deputy, unit, day, day).query(DelegationRepository::map).list();
    }

    private static Delegation map(ResultSet rs, int row) throws SQLException {
        Timestamp ended = rs.getTimestamp("ended_at");
        return new Delegation(rs.getLong("id"), rs.getString("leader"), rs.getString("deputy"), rs.getString("unit"),
                rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class),
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
                ended == null ? null : ended.toInstant(), rs.getString("ended_by"));
    }
}
