package vn.motcua.payment;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.payment.internal.receipt.ReceiptStore;

/**
 * The electronic receipts (biên lai điện tử) of the dossiers' payments, one per successful payment, issued
 * when the payment succeeds. No access check: the caller has already been allowed to see the dossier.
 */
@Service
public class ElectronicReceipts {

    private final ReceiptStore store;

    ElectronicReceipts(ReceiptStore store) {
        this.store = store;
    }

    /** The dossier's receipts, oldest first. */
    @Transactional(readOnly = true)
    public List<ElectronicReceipt> ofDossier(String dossierCode) {
        return store.ofDossier(dossierCode);
    }

    /** The receipt numbered {@code number} if it belongs to the dossier {@code dossierCode}. */
    @Transactional(readOnly = true)
    public Optional<ElectronicReceipt> find(String dossierCode, String number) {
        return store.find(number).filter(r -> r.dossierCode().equals(dossierCode));
    }
}
