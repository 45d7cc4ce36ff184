package vn.motcua.payment.internal.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.Await;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.dossier.DossierFixtures;
import vn.motcua.dossier.DossierView;
import vn.motcua.payment.CollectionAccount;
import vn.motcua.payment.CollectionAccounts;
import vn.motcua.payment.DossierFees;
import vn.motcua.payment.ElectronicReceipt;
import vn.motcua.payment.ElectronicReceipts;
import vn.motcua.payment.PaymentChannel;
import vn.motcua.payment.PaymentSucceeded;
import vn.motcua.payment.PaymentView;
import vn.motcua.payment.Payments;

/**
 * Every successful payment gets one electronic receipt, numbered per collecting unit and year without
 * gaps; a success delivered again finds its receipt and takes no number.
 */
@MotcuaIntegrationTest
class ReceiptIssuingTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Autowired
    DossierFixtures fixtures;
    @Autowired
    Payments payments;
    @Autowired
    ElectronicReceipts receipts;
    @Autowired
    CollectionAccounts accounts;
    @Autowired
    DossierFees fees;
    @Autowired
    ReceiptIssuing issuing;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;

    private ElectronicReceipt paidAtCounter(String idNumber, String name, PaymentChannel channel, String slip)
            throws InterruptedException {
        DossierView d = fixtures.receiveNotaryCard(idNumber, name);
        payments.recordCounterPayment(d.code(), channel, slip, fixtures.officer("tiepnhan"));
        Await.until(() -> receipts.ofDossier(d.code()).size() == 1);
        return receipts.ofDossier(d.code()).getFirst();
    }

    private List<Integer> numbersOf(String unit, int year) {
        return jdbc.sql("select seq from payment_receipt where unit_code = ? and year = ? order by seq")
                .params(unit, year).query(Integer.class).list();
    }

    @Test
    void aCounterPaymentIsReceiptedWithTheUnitsNextNumber() throws InterruptedException {
        ElectronicReceipt first = paidAtCounter("011090008801", "Hà Văn Thu", PaymentChannel.COUNTER_QR, "FT2611001");
        ElectronicReceipt second = paidAtCounter("011090008802", "Lò Văn Sáng", PaymentChannel.COUNTER_CARD, "POS-7781");

        PaymentView payment = payments.find(first.paymentReference()).orElseThrow();
        CollectionAccount account = accounts.of(payment.unitCode()).orElseThrow();
        int year = payment.settledAt().atZone(VIETNAM).getYear();
        List<Integer> numbers = numbersOf(payment.unitCode(), year);
        // Gapless: the unit's receipts of the year are numbered 1, 2, … n; these two are the last two.
        assertThat(numbers).isEqualTo(IntStream.rangeClosed(1, numbers.size()).boxed().toList());
        int n = numbers.size();
        assertThat(first.number()).isEqualTo("BL-" + payment.unitCode() + "-" + year + "-" + (n - 1));
        assertThat(second.number()).isEqualTo("BL-" + payment.unitCode() + "-" + year + "-" + n);

        assertThat(first.payerName()).isEqualTo("Hà Văn Thu");
        assertThat(first.fees()).isEqualTo(fees.of(first.dossierCode()));
        assertThat(first.amountVnd()).isEqualTo(100_000);
        assertThat(first.accountNumber()).isEqualTo(account.accountNumber());
        assertThat(first.bankCode()).isEqualTo(account.bankCode());
        assertThat(first.channel()).isEqualTo(PaymentChannel.COUNTER_QR);
        assertThat(second.channel()).isEqualTo(PaymentChannel.COUNTER_CARD);
        assertThat(first.paidAt()).isEqualTo(payment.settledAt());
    }

    @Test
    void aSuccessDeliveredAgainKeepsItsReceiptAndTakesNoNumber() throws InterruptedException {
        ElectronicReceipt receipt = paidAtCounter("011090008803", "Quàng Thị Lan", PaymentChannel.COUNTER_QR, "FT2611002");
        int year = receipt.paidAt().atZone(VIETNAM).getYear();
        int before = numbersOf(receipt.unitCode(), year).size();

        ElectronicReceipt again = transactions.execute(tx -> issuing.issue(new PaymentSucceeded(
                receipt.paymentReference(), receipt.dossierCode(), receipt.unitCode(), receipt.amountVnd(),
                receipt.fees(), receipt.channel(), receipt.accountNumber(), receipt.bankCode(), receipt.payerName(),
                receipt.paidAt())));

        assertThat(again).isEqualTo(receipt);
        assertThat(numbersOf(receipt.unitCode(), year)).hasSize(before);
        assertThat(receipts.ofDossier(receipt.dossierCode())).containsExactly(receipt);
    }
}
