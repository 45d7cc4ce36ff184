package vn.motcua.payment.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.payment.CollectionAccount;

/** The {@code collection_account} rows, one per unit. */
@Repository
public class CollectionAccountStore {

    private static final RowMapper<CollectionAccount> ROW = (rs, n) -> new CollectionAccount(rs.getString(1),
            rs.getString(2), rs.getString(3), rs.getString(4));

    private final JdbcClient jdbc;

    CollectionAccountStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<CollectionAccount> find(String unitCode) {
        return jdbc.sql("select unit_code, account_number, account_name, bank_code from collection_account "
                + "where unit_code = ?").param(unitCode).query(ROW).optional();
    }

    public List<CollectionAccount> all() {
        return jdbc.sql("select unit_code, account_number, account_name, bank_code from collection_account "
                + "order by unit_code").query(ROW).list();
    }

    public void save(CollectionAccount account, String by, Instant at) {
        jdbc.sql("""
                insert into collection_account (unit_code, account_number, account_name, bank_code, updated_at, updated_by)
                values (?, ?, ?, ?, ?, ?)
                on conflict (unit_code) do update set account_number = excluded.account_number,
                    account_name = excluded.account_name, bank_code = excluded.bank_code,
                    updated_at = excluded.updated_at, updated_by = excluded.updated_by""")
                .params(account.unitCode(), account.accountNumber(), account.accountName(), account.bankCode(),
                        java.sql.Timestamp.from(at), by)
                .update();
    }

    public void remove(String unitCode) {
        jdbc.sql("delete from collection_account where unit_code = ?").param(unitCode).update();
    }

    boolean empty() {
        return jdbc.sql("select not exists (select 1 from collection_account)").query(Boolean.class).single();
    }
}
