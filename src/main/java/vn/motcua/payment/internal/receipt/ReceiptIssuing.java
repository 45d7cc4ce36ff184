package vn.motcua.payment.internal.receipt;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.organization.ProvinceCalendar;
import vn.motcua.payment.ElectronicReceipt;
import vn.motcua.payment.PaymentSucceeded;

/**
 * Issues the electronic receipt of every successful payment, after the payment's commit through Spring
 * Modulith's persisted registry (a failure is retried). Idempotent by payment reference: the numbering of
 * the unit and year is locked first, so a redelivered event finds the receipt its first delivery wrote and
 * takes no number; the number is the unit's next for the year the payment was made in (province time).
 */
@Component
class ReceiptIssuing {

    private final ReceiptStore store;
    private final Clock clock;
    private final ZoneId zone;
    private final DossierQueries dossiers;

    ReceiptIssuing(ReceiptStore store, Clock clock, ProvinceCalendar calendar, DossierQueries dossiers) {
        this.store = store;
        this.dossiers = dossiers;
        this.clock = clock;
        this.zone = calendar.calendar().workingHours().zone();
    }

    @ApplicationModuleListener
    void on(PaymentSucceeded paid) {
        issue(paid);
    }

    ElectronicReceipt issue(PaymentSucceeded paid) {
        int year = paid.paidAt().atZone(zone).getYear();
        int last = store.lockNumbering(paid.unitCode(), year);
        return store.ofPayment(paid.reference()).orElseGet(() -> {
            int seq = last + 1;
            ElectronicReceipt receipt = new ElectronicReceipt(number(paid.unitCode(), year, seq), paid.reference(),
                    paid.dossierCode(), paid.unitCode(), payer(paid), paid.fees(), paid.amountVnd(),
                    paid.accountNumber(), paid.bankCode(), paid.channel(), paid.paidAt());
            store.insert(receipt, year, seq, clock.instant());
            return receipt;
        });
    }

    /** The payer the payment names; when it names none, the applicant, who owes the fees. */
    private String payer(PaymentSucceeded paid) {
        return paid.payerName() != null && !paid.payerName().isBlank() ? paid.payerName()
                : dossiers.find(paid.dossierCode()).map(d -> d.applicant().name()).orElse("");
    }

    /** {@code BL-{unit}-{yyyy}-{n}}. */
    static String number(String unitCode, int year, int seq) {
        return "BL-" + unitCode + "-" + year + "-" + seq;
    }
}
