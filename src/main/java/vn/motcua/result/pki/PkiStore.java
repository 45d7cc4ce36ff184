package vn.motcua.result.pki;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.result.CertificateRole;
import vn.motcua.result.RevocationReason;

/** The {@code pki_certificate} and {@code pki_setting} rows. */
@Repository
public class PkiStore {

    private final JdbcClient jdbc;

    PkiStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Serialises the making of certificates across nodes, until the transaction ends. */
    void lock() {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('pki_certificate'))").query().singleRow();
    }

    void insert(StoredCertificate c, Instant issuedAt) {
        X509Certificate x = c.certificate();
        try {
            jdbc.sql("""
                    insert into pki_certificate (serial, role, holder, issuer_serial, subject, issuer, not_before,
                        not_after, der, private_key, issued_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(new BigDecimal(c.serial()), c.role().name(), c.holder(),
                            c.issuerSerial() == null ? null : new BigDecimal(c.issuerSerial()),
                            x.getSubjectX500Principal().getName(), x.getIssuerX500Principal().getName(),
                            utc(x.getNotBefore().toInstant()), utc(x.getNotAfter().toInstant()), x.getEncoded(),
                            c.encryptedKey(), utc(issuedAt))
                    .update();
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The last certificate made for this role and holder (null holder: the PKI's own). */
    public Optional<StoredCertificate> current(CertificateRole role, String holder) {
        return jdbc.sql("""
                select * from pki_certificate where role = ? and holder is not distinct from ?
                order by made_seq desc limit 1""")
                .params(role.name(), holder).query(this::map).optional();
    }

    public Optional<StoredCertificate> find(BigInteger serial) {
        return jdbc.sql("select * from pki_certificate where serial = ?").param(new BigDecimal(serial))
                .query(this::map).optional();
    }

    public List<StoredCertificate> all() {
        return jdbc.sql("select * from pki_certificate order by made_seq").query(this::map).list();
    }

    /** Every revoked certificate {@code issuer} issued, for its CRL. */
    List<StoredCertificate> revokedBy(BigInteger issuer) {
        return jdbc.sql("select * from pki_certificate where issuer_serial = ? and revoked_at is not null order by serial")
                .param(new BigDecimal(issuer)).query(this::map).list();
    }

    /** Revokes it unless it already is; answers whether this call did. */
    public boolean revoke(BigInteger serial, Instant at, RevocationReason reason, String by) {
        return jdbc.sql("""
                update pki_certificate set revoked_at = ?, revocation_reason = ?, revoked_by = ?
                where serial = ? and revoked_at is null""")
                .params(utc(at), reason.name(), by, new BigDecimal(serial)).update() == 1;
    }

    Optional<String> setting(String name) {
        return jdbc.sql("select value from pki_setting where name = ?").param(name).query(String.class).optional();
    }

    void setting(String name, String value) {
        jdbc.sql("insert into pki_setting (name, value) values (?, ?) on conflict (name) do update set value = excluded.value")
                .params(name, value).update();
    }

    private StoredCertificate map(ResultSet rs, int row) throws SQLException {
        BigDecimal issuer = rs.getBigDecimal("issuer_serial");
        OffsetDateTime revoked = rs.getObject("revoked_at", OffsetDateTime.class);
        String reason = rs.getString("revocation_reason");
        return new StoredCertificate(CertificateRole.valueOf(rs.getString("role")), rs.getString("holder"),
                issuer == null ? null : issuer.toBigIntegerExact(), certificate(rs.getBytes("der")),
                rs.getBytes("private_key"), revoked == null ? null : revoked.toInstant(),
                reason == null ? null : RevocationReason.valueOf(reason));
    }

    static X509Certificate certificate(byte[] der) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der));
        } catch (CertificateException e) {
            throw new IllegalStateException("A stored certificate does not parse", e);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
