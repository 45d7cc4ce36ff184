package vn.motcua.verification.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.verification.VerificationReport;

/** The {@code verification_report} rows: written once, dropped after {@code motcua.verification.reports-kept}. */
@Repository
public class ReportStore {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration kept;

    ReportStore(JdbcClient jdbc, Clock clock, @Value("${motcua.verification.reports-kept:PT24H}") Duration kept) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.kept = kept;
    }

    /** Keeps the reports and answers their id; older reports go. */
    public String keep(String simpleXml, String detailedXml) {
        Instant now = clock.instant();
        jdbc.sql("delete from verification_report where created_at < ?").param(Timestamp.from(now.minus(kept)))
                .update();
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into verification_report (id, created_at, simple_xml, detailed_xml) values (?, ?, ?, ?)")
                .params(id, Timestamp.from(now), simpleXml, detailedXml).update();
        return id.toString();
    }

    public Optional<VerificationReport> find(UUID id) {
        return jdbc.sql("select simple_xml, detailed_xml from verification_report where id = ? and created_at >= ?")
                .params(id, Timestamp.from(clock.instant().minus(kept)))
                .query((rs, row) -> new VerificationReport(rs.getString(1), rs.getString(2))).optional();
    }
}
