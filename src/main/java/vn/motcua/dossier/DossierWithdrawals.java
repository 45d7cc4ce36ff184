package vn.motcua.dossier;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.dossier.internal.WithdrawalCounts;

/**
 * Withdrawals counted for other modules' reports (the monthly statistics): the index's facts say a
 * dossier was withdrawn but not when, the tracking sheet does. Only dossiers withdrawn after their
 * receipt count: one withdrawn before reception was never received by the unit.
 */
@Service
@Transactional(readOnly = true)
public class DossierWithdrawals {

    private final WithdrawalCounts counts;

    DossierWithdrawals(WithdrawalCounts counts) {
        this.counts = counts;
    }

    /**
     * Received dossiers of the competent unit (null: every unit) withdrawn from {@code from}
     * (included) to {@code to} (excluded), by unit, procedure and channel.
     */
    public List<Withdrawals> between(String unitOrNull, Instant from, Instant to) {
        return counts.between(unitOrNull, from, to);
    }
}
