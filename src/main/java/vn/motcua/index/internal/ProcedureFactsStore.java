package vn.motcua.index.internal;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.motcua.catalog.ApplicantType;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.ProcedureContent;
import vn.motcua.index.ProcedureFacts;
import vn.motcua.payment.CollectionAccount;
import vn.motcua.payment.CollectionAccounts;
import vn.motcua.population.PopulationConnections;

/**
 * {@code index_procedure_fact}: one row per procedure version and competent unit. Whether its payment is
 * integrated (4.3) and whether it is connected to the population database (5.7) are read when the index is
 * computed, so a change of setting shows at once. The announcement decision's effective
 * date stands for the legal basis's (a decision takes effect with the law it applies).
 */
@Repository
public class ProcedureFactsStore {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final JdbcTemplate jdbc;
    private final CollectionAccounts accounts;
    private final PopulationConnections population;

    public ProcedureFactsStore(JdbcTemplate jdbc, CollectionAccounts accounts, PopulationConnections population) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.population = population;
    }

    /** Replaces the rows of a procedure by those of its versions. */
    void replace(String code, List<Procedure> versions) {
        jdbc.update("delete from index_procedure_fact where procedure_code = ?", code);
        List<Object[]> rows = versions.stream()
                .flatMap(version -> version.content().units().stream().distinct().map(unit -> row(version, unit)))
                .toList();
        jdbc.batchUpdate("""
                insert into index_procedure_fact (version_id, unit, procedure_code, announced_on,
                    legal_basis_effective_on, published_on, retired_on, all_seven_parts, has_fee,
                    for_citizens) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, rows);
    }

    /**
     * Every row, each unit's procedures; {@code hadOnlinePayment} is per period and left false here.
     * {@code paymentIntegrated} is read now: the unit has a collection account, to which the national
     * platform's orders for its fees are sent (package-info, 4.3). {@code populationDbConnected} is read now
     * too: the administrator's per-procedure setting (5.7).
     */
    public List<ProcedureFacts> all() {
        Set<String> integrated = accounts.all().stream().map(CollectionAccount::unitCode).collect(Collectors.toSet());
        Set<String> connected = population.connectedProcedures();
        return jdbc.query("select * from index_procedure_fact order by procedure_code, unit, version_id",
                (rs, n) -> new ProcedureFacts(rs.getString("procedure_code"), rs.getString("unit"),
                        day(rs.getDate("announced_on")), day(rs.getDate("legal_basis_effective_on")),
                        day(rs.getDate("published_on")), day(rs.getDate("retired_on")), rs.getBoolean("all_seven_parts"),
                        rs.getBoolean("has_fee"), false, integrated.contains(rs.getString("unit")),
                        rs.getBoolean("for_citizens"), connected.contains(rs.getString("procedure_code"))));
    }

    void clear() {
        jdbc.update("truncate index_procedure_fact");
    }

    private static Object[] row(Procedure version, String unit) {
        ProcedureContent content = version.content();
        boolean hasFee = content.fees() != null
                && content.fees().stream().anyMatch(fee -> fee.amountVnd() != null && fee.amountVnd() > 0);
        return new Object[] {version.versionId(), unit, version.code(), content.decision().signedOn(),
            content.decision().effectiveFrom(), date(version.publishedAt()), date(version.endedAt()),
            content.hasAllSevenParts(), hasFee, content.applicants().contains(ApplicantType.CITIZEN)};
    }

    private static LocalDate date(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, VIETNAM);
    }

    private static LocalDate day(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
