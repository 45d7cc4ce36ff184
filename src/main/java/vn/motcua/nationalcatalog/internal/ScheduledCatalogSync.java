package vn.motcua.nationalcatalog.internal;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.motcua.platform.NodeLeases;

/**
 * Keeps the province in step with the national database: every {@code motcua.national-catalog.sync-every},
 * on the one node holding the lease {@value #WORK}.
 */
@Component
class ScheduledCatalogSync {

    static final String WORK = "national-catalog-sync";

    private final CatalogSync sync;
    private final NodeLeases leases;
    private final NationalCatalogSettings settings;

    ScheduledCatalogSync(CatalogSync sync, NodeLeases leases, NationalCatalogSettings settings) {
        this.sync = sync;
        this.leases = leases;
        this.settings = settings;
    }

    @Scheduled(initialDelayString = "${motcua.national-catalog.first-sync-after}",
            fixedDelayString = "${motcua.national-catalog.sync-every}")
    void sync() {
        // The lease outlives the pause between two syncs, so the holder keeps it while it runs.
        leases.runIfClaimed(WORK, settings.syncEvery().multipliedBy(2), sync::run);
    }
}
