package vn.motcua.payment;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.dossier.DossierView;
import vn.motcua.payment.internal.PaymentDesk;
import vn.motcua.payment.internal.counter.VietQr;

/**
 * The VietQR transfer code of a dossier at the counter (mã VietQR tại quầy): everything the dossier still
 * owes, to the collecting unit's account, with the dossier code as the content, so the unit's bank
 * statement names the dossier. The officer then records the transfer with
 * {@link Payments#recordCounterPayment}.
 */
@Service
public class CounterTransfers {

    private final PaymentDesk desk;

    CounterTransfers(PaymentDesk desk) {
        this.desk = desk;
    }

    /**
     * The transfer for what {@code dossier} still owes; empty when it owes nothing. Refused with a
     * {@link vn.motcua.platform.UserInputException} when the unit has no collection account or the account
     * cannot be written in a VietQR code. No access check: the caller has read the dossier as the officer
     * (a second read would log a supervisor's look-up twice).
     */
    @Transactional(readOnly = true)
    public Optional<CounterTransfer> of(DossierView dossier) {
        long owed = desk.outstandingVnd(dossier.code());
        if (owed == 0) {
            return Optional.empty();
        }
        CollectionAccount account = desk.accountOf(dossier);
        return Optional.of(new CounterTransfer(account, owed, dossier.code(),
                VietQr.payload(account.bankCode(), account.accountNumber(), owed, dossier.code())));
    }
}
