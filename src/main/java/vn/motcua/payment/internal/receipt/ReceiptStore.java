package vn.motcua.payment.internal.receipt;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.payment.ElectronicReceipt;
import vn.motcua.payment.Fee;
import vn.motcua.payment.PaymentChannel;

/** The {@code payment_receipt} rows with their fees, and the numbering per unit and year. */
@Repository
public class ReceiptStore {

    private final JdbcClient jdbc;

    ReceiptStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ElectronicReceipt> ofDossier(String dossierCode) {
        return jdbc.sql("select * from payment_receipt where dossier_code = ? order by paid_at, number")
                .param(dossierCode).query(this::map).list();
    }

    public Optional<ElectronicReceipt> find(String number) {
        return jdbc.sql("select * from payment_receipt where number = ?").param(number).query(this::map).optional();
    }

    Optional<ElectronicReceipt> ofPayment(String reference) {
        return jdbc.sql("select * from payment_receipt where payment_reference = ?").param(reference)
                .query(this::map).optional();
    }

    /**
     * Locks the numbering of {@code unitCode} for {@code year} until the transaction ends and returns the
     * last number taken (0 before the first). Whoever waits on the lock then sees the receipts written
     * under it.
     */
    int lockNumbering(String unitCode, int year) {
        jdbc.sql("insert into payment_receipt_counter (unit_code, year, last_number) values (?, ?, 0) "
                + "on conflict do nothing").params(unitCode, year).update();
        return jdbc.sql("select last_number from payment_receipt_counter where unit_code = ? and year = ? for update")
                .params(unitCode, year).query(Integer.class).single();
    }

    void insert(ElectronicReceipt r, int year, int seq, Instant issuedAt) {
        jdbc.sql("update payment_receipt_counter set last_number = ? where unit_code = ? and year = ?")
                .params(seq, r.unitCode(), year).update();
        jdbc.sql("""
                insert into payment_receipt (number, payment_reference, dossier_code, unit_code, year, seq, payer_name,
                    amount_vnd, account_number, bank_code, channel, paid_at, issued_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(r.number(), r.paymentReference(), r.dossierCode(), r.unitCode(), year, seq, r.payerName(),
                        r.amountVnd(), r.accountNumber(), r.bankCode(), r.channel().name(), utc(r.paidAt()),
                        utc(issuedAt))
                .update();
        for (int i = 0; i < r.fees().size(); i++) {
            jdbc.sql("insert into payment_receipt_fee (receipt_number, position, name, amount_vnd) values (?, ?, ?, ?)")
                    .params(r.number(), i + 1, r.fees().get(i).name(), r.fees().get(i).amountVnd()).update();
        }
    }

    private List<Fee> fees(String number) {
        return jdbc.sql("select name, amount_vnd from payment_receipt_fee where receipt_number = ? order by position")
                .param(number).query((rs, row) -> new Fee(rs.getString(1), rs.getLong(2))).list();
    }

    private ElectronicReceipt map(ResultSet rs, int row) throws SQLException {
        String number = rs.getString("number");
        return new ElectronicReceipt(number, rs.getString("payment_reference"), rs.getString("dossier_code"),
                rs.getString("unit_code"), rs.getString("payer_name"), fees(number), rs.getLong("amount_vnd"),
                rs.getString("account_number"), rs.getString("bank_code"),
                PaymentChannel.valueOf(rs.getString("channel")),
                rs.getObject("paid_at", OffsetDateTime.class).toInstant());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
