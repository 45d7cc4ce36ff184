package vn.motcua.payment;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.payment.internal.FeeStore;

/**
 * The fees of dossiers, for the pages, papers and messages that show them. No access check: the caller
 * has already been allowed to see the dossier.
 */
@Service
public class DossierFees {

    private final FeeStore store;

    DossierFees(FeeStore store) {
        this.store = store;
    }

    /** Every fee of the dossier, in the order they were recorded. */
    @Transactional(readOnly = true)
    public List<Fee> of(String dossierCode) {
        return store.of(dossierCode);
    }

    /** What the dossier owes in all, in đồng. */
    public long dueVnd(String dossierCode) {
        return Fee.total(of(dossierCode));
    }

    /** The fee recorded last: what a financial obligation asks for while the dossier waits for it. */
    public Optional<Fee> latest(String dossierCode) {
        List<Fee> fees = of(dossierCode);
        return fees.isEmpty() ? Optional.empty() : Optional.of(fees.getLast());
    }
}
