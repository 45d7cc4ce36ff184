package vn.motcua.archive.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.archive.DisposalProposal;
import vn.motcua.archive.DisposalRecord;

/** Tables {@code archive_disposal_proposal} and {@code archive_disposal_audit} (append-only). */
@Repository
public class DisposalStore {

    private static final TypeReference<java.util.List<DisposalRecord.FileFate>> FATES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    DisposalStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Records the proposal; false when one is already waiting for the dossier. */
    public boolean propose(DisposalProposal p) {
        return jdbc.sql("""
                insert into archive_disposal_proposal (dossier_code, proposed_by, proposed_at, reason)
                values (?, ?, ?, ?) on conflict (dossier_code) do nothing""")
                .params(p.code(), p.proposedBy(), Timestamp.from(p.proposedAt()), p.reason()).update() == 1;
    }

    /** The waiting proposal, locked until the transaction ends so that two approvals cannot both act. */
    public Optional<DisposalProposal> proposalForUpdate(String code) {
        return jdbc.sql("select * from archive_disposal_proposal where dossier_code = ? for update").param(code)
                .query(DisposalStore::proposal).optional();
    }

    public Optional<DisposalProposal> proposal(String code) {
        return jdbc.sql("select * from archive_disposal_proposal where dossier_code = ?").param(code)
                .query(DisposalStore::proposal).optional();
    }

    /** Writes the audit record and removes the proposal it carried out. */
    public void record(DisposalRecord r) {
        jdbc.sql("""
                insert into archive_disposal_audit (dossier_code, proposed_by, proposed_at, reason, approved_by,
                    approved_at, files) values (?, ?, ?, ?, ?, ?, ?::jsonb)""")
                .params(r.code(), r.proposedBy(), Timestamp.from(r.proposedAt()), r.reason(), r.approvedBy(),
                        Timestamp.from(r.approvedAt()), json.writeValueAsString(r.files()))
                .update();
        jdbc.sql("delete from archive_disposal_proposal where dossier_code = ?").param(r.code()).update();
    }

    public Optional<DisposalRecord> audit(String code) {
        return jdbc.sql("select * from archive_disposal_audit where dossier_code = ?").param(code)
                .query((rs, row) -> new DisposalRecord(rs.getString("dossier_code"), rs.getString("proposed_by"),
                        rs.getTimestamp("proposed_at").toInstant(), rs.getString("reason"), rs.getString("approved_by"),
                        rs.getTimestamp("approved_at").toInstant(), json.readValue(rs.getString("files"), FATES)))
                .optional();
    }

    private static DisposalProposal proposal(ResultSet rs, int row) throws SQLException {
        return new DisposalProposal(rs.getString("dossier_code"), rs.getString("proposed_by"),
                rs.getTimestamp("proposed_at").toInstant(), rs.getString("reason"));
    }
}
