package vn.motcua.payment.internal;

import java.time.Clock;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.organization.Unit;
import vn.motcua.organization.UnitDirectory;
import vn.motcua.payment.CollectionAccount;
import vn.motcua.platform.DemoMode;

/**
 * Gives every demo unit a collection account on first start (demo mode, no account yet), so that the
 * demo's fees can be paid at once. The numbers are made up; the bank is the State Treasury's usual
 * partner bank's BIN (970415, VietinBank).
 */
@Component
@Order(20)
class DemoCollectionAccounts implements ApplicationRunner {

    static final String DEMO_BANK = "970415";

    private final DemoMode demo;
    private final CollectionAccountStore store;
    private final UnitDirectory units;
    private final Clock clock;

    DemoCollectionAccounts(DemoMode demo, CollectionAccountStore store, UnitDirectory units, Clock clock) {
        this.demo = demo;
        this.store = store;
        this.units = units;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demo.enabled() || !store.empty()) {
            return;
        }
        int n = 0;
        for (Unit unit : units.all()) {
            n++;
            store.save(new CollectionAccount(unit.identifier(), "3711%08d".formatted(n), "KBNN - " + unit.name(),
                    DEMO_BANK), "demo", clock.instant());
        }
    }
}
