package vn.motcua.payment.internal;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.payment.Fee;

/** The {@code dossier_fee} rows, numbered per dossier from 1. */
@Repository
public class FeeStore {

    private final JdbcClient jdbc;

    FeeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Fee> of(String dossierCode) {
        return jdbc.sql("select name, amount_vnd from dossier_fee where dossier_code = ? order by position")
                .param(dossierCode).query((rs, row) -> new Fee(rs.getString(1), rs.getLong(2))).list();
    }

    /** Adds {@code fees} after those the dossier has; returns what it owes in all afterwards. */
    long add(String dossierCode, List<Fee> fees) {
        List<Fee> before = of(dossierCode);
        for (int i = 0; i < fees.size(); i++) {
            jdbc.sql("insert into dossier_fee (dossier_code, position, name, amount_vnd) values (?, ?, ?, ?)")
                    .params(dossierCode, before.size() + i + 1, fees.get(i).name(), fees.get(i).amountVnd())
                    .update();
        }
        return Fee.total(before) + Fee.total(fees);
    }
}
