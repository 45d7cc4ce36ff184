package vn.motcua.dossier;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.identity.ApplicantAccount;
import vn.motcua.identity.ApplicantVerified;
import vn.motcua.identity.ApplicantVerified.VerificationSource;

/**
 * Hồ sơ nộp bằng tài khoản được xác thực với VNeID ({@code TaiKhoanDuocXacThucVoiVNeID}): a dossier submitted
 * online by an account whose identity VNeID vouched for carries the flag, with the ID number vouched for, and
 * its submission publishes {@link ApplicantVerified}. The flag is set once, at submission, and never changes.
 */
@Service
@Transactional
public class VneidVerifiedSubmissions {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    VneidVerifiedSubmissions(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Flags the dossier just submitted by {@code account} when the account is verified; once. */
    void submittedBy(ApplicantAccount account, String dossierCode, Instant at) {
        if (account == null || account.verifiedIdNumber() == null) {
            return;
        }
        int flagged = jdbc.sql("insert into dossier_vneid_verified (dossier_code, id_number, verified_at)"
                        + " values (?, ?, ?) on conflict do nothing")
                .params(dossierCode, account.verifiedIdNumber(), Timestamp.from(at)).update();
        if (flagged == 1) {
            events.publishEvent(
                    new ApplicantVerified(dossierCode, account.verifiedIdNumber(), VerificationSource.VNEID, at));
        }
    }

    /** The ID number VNeID vouched for when the dossier was submitted, empty when it carries no flag. */
    @Transactional(readOnly = true)
    public Optional<String> verifiedIdNumber(String dossierCode) {
        return jdbc.sql("select id_number from dossier_vneid_verified where dossier_code = ?").param(dossierCode)
                .query(String.class).optional();
    }
}
