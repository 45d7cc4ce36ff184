package vn.motcua.payment.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.payment.Fee;
import vn.motcua.payment.PaymentChannel;
import vn.motcua.payment.PaymentState;
import vn.motcua.payment.PaymentView;

/** The {@code payment_attempt} rows and the {@code fee_payment} rows that say which attempt paid a fee. */
@Repository
class AttemptStore {

    private static final String COLUMNS = """
            reference, dossier_code, unit_code, channel, state, amount_vnd, fee_positions, account_number, bank_code,
            payer_name, payer_bank, coalesce(platform_transaction, bank_reference), created_at, settled_at,
            overpaid_vnd, last_problem""";

    /** A new attempt as it is written. */
    record NewAttempt(String reference, String dossierCode, String unitCode, PaymentChannel channel, long amountVnd,
            List<Integer> positions, String accountNumber, String bankCode, String createdBy, String bankReference,
            String payerName) {
    }

    /** An attempt with the fee positions it pays. */
    record Stored(PaymentView view, List<Integer> positions) {
    }

    private final JdbcClient jdbc;

    AttemptStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A fresh reference (MaThamChieu): {@code MC} and a number from a sequence, never reused. */
    String nextReference() {
        long n = jdbc.sql("select nextval('payment_reference_seq')").query(Long.class).single();
        return "MC%010d".formatted(n);
    }

    void insert(NewAttempt a, Instant at) {
        jdbc.sql("""
                insert into payment_attempt (reference, dossier_code, unit_code, channel, state, amount_vnd, fee_positions,
                    account_number, bank_code, created_by, bank_reference, payer_name, created_at)
                values (?, ?, ?, ?, 'CREATED', ?, ?::integer[], ?, ?, ?, ?, ?, ?)""")
                .params(a.reference(), a.dossierCode(), a.unitCode(), a.channel().name(), a.amountVnd(),
                        arrayLiteral(a.positions()), a.accountNumber(), a.bankCode(), a.createdBy(), a.bankReference(),
                        a.payerName(), Timestamp.from(at))
                .update();
    }

    Optional<Stored> find(String reference) {
        return query("select " + COLUMNS + " from payment_attempt where reference = ?", reference).stream()
                .findFirst();
    }

    /** The attempt, its row locked until the transaction ends: one message about it is applied at a time. */
    Optional<Stored> lock(String reference) {
        return query("select " + COLUMNS + " from payment_attempt where reference = ? for update", reference).stream()
                .findFirst();
    }

    List<PaymentView> ofDossier(String dossierCode) {
        return views("select " + COLUMNS + " from payment_attempt where dossier_code = ? order by created_at, reference",
                dossierCode);
    }

    List<PaymentView> refundsDue() {
        return views("select " + COLUMNS + " from payment_attempt where overpaid_vnd > 0 and state = 'SUCCEEDED' "
                + "order by settled_at, reference");
    }

    List<PaymentView> settledBetween(Instant from, Instant to, List<PaymentState> states) {
        return views("select " + COLUMNS + " from payment_attempt where settled_at >= ? and settled_at < ? "
                + "and state in (" + String.join(",", states.stream().map(s -> "'" + s.name() + "'").toList())
                + ") order by settled_at, reference", Timestamp.from(from), Timestamp.from(to));
    }

    /** Online attempts still open that were created before {@code before} and not checked since {@code checkedBefore}. */
    List<String> openOnlineCreatedBefore(Instant before, Instant checkedBefore, int limit) {
        return jdbc.sql("""
                select reference from payment_attempt
                where state in ('CREATED', 'SUBMITTED') and channel = 'NATIONAL_PLATFORM' and created_at < ?
                    and (last_checked_at is null or last_checked_at < ?)
                order by created_at limit ?""")
                .params(Timestamp.from(before), Timestamp.from(checkedBefore), limit).query(String.class).list();
    }

    void checked(String reference, Instant at) {
        jdbc.sql("update payment_attempt set last_checked_at = ? where reference = ?")
                .params(Timestamp.from(at), reference).update();
    }

    void moved(String reference, PaymentState to, Instant at) {
        jdbc.sql("""
                update payment_attempt set state = ?,
                    submitted_at = case when ? = 'SUBMITTED' then ? else submitted_at end,
                    settled_at = case when ? in ('SUCCEEDED', 'FAILED', 'CANCELLED', 'EXPIRED') then ? else settled_at end,
                    last_problem = null
                where reference = ?""")
                .params(to.name(), to.name(), Timestamp.from(at), to.name(), Timestamp.from(at), reference).update();
    }

    void payer(String reference, String payerName, String payerBank, String transaction) {
        jdbc.sql("""
                update payment_attempt set payer_name = coalesce(?, payer_name), payer_bank = coalesce(?, payer_bank),
                    platform_transaction = coalesce(?, platform_transaction) where reference = ?""")
                .params(payerName, payerBank, transaction, reference).update();
    }

    void problem(String reference, String problem) {
        jdbc.sql("update payment_attempt set last_problem = ? where reference = ?").params(problem, reference).update();
    }

    void overpaid(String reference, long overpaidVnd) {
        jdbc.sql("update payment_attempt set overpaid_vnd = ? where reference = ?").params(overpaidVnd, reference)
                .update();
    }

    void refundNote(String reference, String note) {
        jdbc.sql("update payment_attempt set refund_note = ? where reference = ?").params(note, reference).update();
    }

    /**
     * Marks the fees at {@code positions} paid by {@code reference}, those not paid already; returns the
     * positions it marked. The primary key keeps a fee from being paid twice, even by two attempts at once.
     */
    List<Integer> markPaid(String dossierCode, List<Integer> positions, String reference) {
        return jdbc.sql("""
                insert into fee_payment (dossier_code, position, reference)
                select ?, p, ? from unnest(?::integer[]) p
                on conflict (dossier_code, position) do nothing
                returning position""")
                .params(dossierCode, reference, arrayLiteral(positions)).query(Integer.class).list();
    }

    /** Whether a fee of the dossier was paid by an attempt of {@code channel}. */
    boolean paidThrough(String dossierCode, PaymentChannel channel) {
        return jdbc.sql("""
                select exists (select 1 from fee_payment p join payment_attempt a on a.reference = p.reference
                    where p.dossier_code = ? and a.channel = ?)""")
                .params(dossierCode, channel.name()).query(Boolean.class).single();
    }

    /** The dossier's fees no success has paid yet, position and fee, in order. */
    List<Unpaid> unpaid(String dossierCode) {
        return jdbc.sql("""
                select f.position, f.name, f.amount_vnd from dossier_fee f
                where f.dossier_code = ? and not exists (select 1 from fee_payment p
                    where p.dossier_code = f.dossier_code and p.position = f.position)
                order by f.position""")
                .param(dossierCode)
                .query((rs, n) -> new Unpaid(rs.getInt(1), new Fee(rs.getString(2), rs.getLong(3)))).list();
    }

    /** A fee not paid yet and where it stands among the dossier's fees. */
    record Unpaid(int position, Fee fee) {
    }

    private List<PaymentView> views(String sql, Object... params) {
        return query(sql, params).stream().map(Stored::view).toList();
    }

    private List<Stored> query(String sql, Object... params) {
        List<Raw> raws = jdbc.sql(sql).params(params).query(AttemptStore::raw).list();
        return raws.stream().map(this::withFees).toList();
    }

    private Stored withFees(Raw r) {
        List<Fee> fees = jdbc.sql("select name, amount_vnd from dossier_fee where dossier_code = ? "
                + "and position = any(?::integer[]) order by position")
                .params(r.dossierCode, arrayLiteral(r.positions))
                .query((rs, n) -> new Fee(rs.getString(1), rs.getLong(2))).list();
        return new Stored(new PaymentView(r.reference, r.dossierCode, r.unitCode, r.channel, r.state, r.amountVnd, fees,
                r.accountNumber, r.bankCode, r.payerName, r.payerBank, r.bankReference, r.createdAt, r.settledAt,
                r.overpaidVnd, r.lastProblem), r.positions);
    }

    private record Raw(String reference, String dossierCode, String unitCode, PaymentChannel channel,
            PaymentState state, long amountVnd, List<Integer> positions, String accountNumber, String bankCode,
            String payerName, String payerBank, String bankReference, Instant createdAt, Instant settledAt,
            long overpaidVnd, String lastProblem) {
    }

    private static Raw raw(ResultSet rs, int row) throws SQLException {
        return new Raw(rs.getString(1), rs.getString(2), rs.getString(3), PaymentChannel.valueOf(rs.getString(4)),
                PaymentState.valueOf(rs.getString(5)), rs.getLong(6), positions(rs.getArray(7)), rs.getString(8),
                rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12), instant(rs.getTimestamp(13)),
                instant(rs.getTimestamp(14)), rs.getLong(15), rs.getString(16));
    }

    private static List<Integer> positions(Array array) throws SQLException {
        return Arrays.asList((Integer[]) array.getArray());
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static String arrayLiteral(List<Integer> positions) {
        return positions.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",", "{", "}"));
    }
}
