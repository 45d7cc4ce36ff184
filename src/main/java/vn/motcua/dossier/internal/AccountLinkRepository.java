package vn.motcua.dossier.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code dossier_account_link} table: which applicant account has proved its link to which dossier,
 * and how. The account is identity's surrogate id, opaque here.
 */
@Repository
public class AccountLinkRepository {

    /** How the account proved the link. */
    public enum Proof { SUBMITTED, CODE_AND_ID }

    private final JdbcClient jdbc;

    AccountLinkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Links once; linking again keeps the first proof. */
    public void link(long account, String code, Proof proof, Instant at) {
        jdbc.sql("insert into dossier_account_link (account_id, dossier_code, proof, linked_at) values (?, ?, ?, ?)"
                        + " on conflict do nothing")
                .params(account, code, proof.name(), Timestamp.from(at)).update();
    }

    /**
     * The dossier's applicant ID number when the account may see it: linked, or its verified identity
     * ({@code verifiedIdNumber}, null when it has none) is the dossier's applicant.
     */
    public Optional<String> applicantIdNumber(long account, String verifiedIdNumber, String code) {
        return jdbc.sql("select d.applicant_id_number from dossier d where d.code = ? and (d.applicant_id_number = ?"
                        + " or exists (select 1 from dossier_account_link l where l.dossier_code = d.code"
                        + " and l.account_id = ?))")
                .params(code, verifiedIdNumber, account).query(String.class).optional();
    }
}
