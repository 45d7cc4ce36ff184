package vn.motcua.dossier.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.Withdrawals;

/** The WITHDRAW lines of the tracking sheet, counted in SQL by competent unit, procedure and channel. */
@Repository
public class WithdrawalCounts {

    private final JdbcClient jdbc;

    WithdrawalCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Withdrawals> between(String unitOrNull, Instant from, Instant to) {
        String unitFilter = unitOrNull == null ? "" : " and d.competent_unit = :unit";
        JdbcClient.StatementSpec statement = jdbc.sql("""
                select d.competent_unit, d.procedure_code, d.channel, count(*) as withdrawn
                from dossier d join dossier_tracking t on t.dossier_id = d.id
                where d.status = :withdrawn and t.action = :action and d.received_at is not null
                  and t.at >= :from and t.at < :to""" + unitFilter + """

                group by d.competent_unit, d.procedure_code, d.channel""")
                .param("withdrawn", DossierStatus.WITHDRAWN.code()).param("action", DossierAction.WITHDRAW.name())
                .param("from", from.atOffset(ZoneOffset.UTC)).param("to", to.atOffset(ZoneOffset.UTC));
        if (unitOrNull != null) {
            statement = statement.param("unit", unitOrNull);
        }
        return statement.query((rs, n) -> new Withdrawals(rs.getString("competent_unit"),
                rs.getString("procedure_code"), Channel.ofCode(rs.getInt("channel")), rs.getLong("withdrawn"))).list();
    }
}
