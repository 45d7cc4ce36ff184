package vn.motcua.population.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.identity.ApplicantVerified;
import vn.motcua.identity.ApplicantVerified.VerificationSource;
import vn.motcua.population.DossierCheck;
import vn.motcua.population.Verification;

/**
 * What each dossier records about its applicant: the look-ups made for it ({@code population_dossier_check})
 * and the verifications of either national source ({@code population_applicant_verification}); both kept once.
 */
@Repository
public class ApplicantRecords {

    private final JdbcClient jdbc;

    ApplicantRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void check(String dossierCode, long lookupId, DossierCheck.Outcome outcome, Instant at) {
        jdbc.sql("""
                insert into population_dossier_check (dossier_code, lookup_id, outcome, checked_at)
                values (?, ?, ?, ?) on conflict do nothing""")
                .params(dossierCode, lookupId, outcome.name(), Timestamp.from(at)).update();
    }

    public List<DossierCheck> checks(String dossierCode) {
        return jdbc.sql("""
                select c.lookup_id, c.outcome, c.checked_at, l.looked_up_by from population_dossier_check c
                join population_lookup l on l.id = c.lookup_id where c.dossier_code = ? order by c.checked_at, c.lookup_id""")
                .param(dossierCode)
                .query((rs, n) -> new DossierCheck(rs.getLong("lookup_id"), DossierCheck.Outcome.valueOf(
                        rs.getString("outcome")), rs.getTimestamp("checked_at").toInstant(), rs.getString("looked_up_by")))
                .list();
    }

    /** Keeps the verification; a second one from the same source for the same dossier changes nothing. */
    public void verified(ApplicantVerified event) {
        jdbc.sql("""
                insert into population_applicant_verification (dossier_code, source, id_number, verified_at)
                values (?, ?, ?, ?) on conflict do nothing""")
                .params(event.dossierCode(), event.source().name(), event.idNumber(), Timestamp.from(event.verifiedAt()))
                .update();
    }

    public List<Verification> verifications(String dossierCode) {
        return jdbc.sql("""
                select * from population_applicant_verification where dossier_code = ? order by verified_at, source""")
                .param(dossierCode)
                .query((rs, n) -> new Verification(rs.getString("dossier_code"),
                        VerificationSource.valueOf(rs.getString("source")), rs.getString("id_number"),
                        rs.getTimestamp("verified_at").toInstant()))
                .list();
    }
}
