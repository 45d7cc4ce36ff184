package vn.motcua.payment;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.organization.UnitDirectory;
import vn.motcua.payment.internal.CollectionAccountStore;
import vn.motcua.platform.InputLimits;
import vn.motcua.platform.Problems;

/**
 * The units' collection accounts (tài khoản thu), kept by administrators: each commune and department has
 * the account its fees are paid to.
 */
@Service
public class CollectionAccounts {

    private final CollectionAccountStore store;
    private final UnitDirectory units;
    private final Clock clock;

    CollectionAccounts(CollectionAccountStore store, UnitDirectory units, Clock clock) {
        this.store = store;
        this.units = units;
        this.clock = clock;
    }

    /** The account of {@code unitCode}; empty while none is set. */
    @Transactional(readOnly = true)
    public Optional<CollectionAccount> of(String unitCode) {
        return store.find(unitCode);
    }

    /** Every account set, by unit. */
    @Transactional(readOnly = true)
    public List<CollectionAccount> all() {
        return store.all();
    }

    /**
     * Sets the account of a unit, replacing the one it had. The account number is digits (up to 19, as
     * Vietnamese banks issue them), the bank code its 6-digit BIN (as VietQR names banks).
     */
    @Transactional
    public CollectionAccount save(CollectionAccount account, String administrator) {
        Problems problems = new Problems();
        problems.when(units.find(blankToEmpty(account.unitCode())).isEmpty(), "unitCode", "payment.account.unit");
        problems.when(!blankToEmpty(account.accountNumber()).strip().matches("\\d{6,19}"), "accountNumber",
                "payment.account.number");
        problems.when(blankToEmpty(account.accountName()).isBlank(), "accountName", "payment.account.name");
        InputLimits.line(problems, "accountName", account.accountName(), InputLimits.NAME);
        problems.when(!blankToEmpty(account.bankCode()).strip().matches("\\d{6}"), "bankCode", "payment.account.bank");
        problems.throwIfAny();
        CollectionAccount clean = new CollectionAccount(account.unitCode(), account.accountNumber().strip(),
                account.accountName().strip(), account.bankCode().strip());
        store.save(clean, administrator, clock.instant());
        return clean;
    }

    /** Removes the account of {@code unitCode}: its fees can no longer be paid until one is set. */
    @Transactional
    public void remove(String unitCode) {
        store.remove(unitCode);
    }

    private static String blankToEmpty(String value) {
        return value == null ? "" : value;
    }
}
