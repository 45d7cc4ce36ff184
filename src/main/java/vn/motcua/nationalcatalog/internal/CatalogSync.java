package vn.motcua.nationalcatalog.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.catalog.Catalog;
import vn.motcua.nationalcatalog.NationalCatalogSource;
import vn.motcua.nationalcatalog.NationalCatalogSource.SourceUnavailableException;
import vn.motcua.nationalcatalog.NationalProcedure;
import vn.motcua.nationalcatalog.SyncRun;
import vn.motcua.nationalcatalog.internal.NationalProcedureStore.Listed;
import vn.motcua.platform.NodeLeases;

/**
 * One sync: read the whole national listing (outside any transaction: it may take seconds), then in one
 * transaction compare each local procedure's hash with the stored one and store what is new or changed.
 * Two syncs at once (the schedule on one node, an administrator on another) run one after the other: the
 * transaction takes an advisory lock first, so the second compares against what the first stored.
 */
@Component
public class CatalogSync {

    private final NationalCatalogSource source;
    private final NationalProcedureStore store;
    private final Catalog catalog;
    private final JsonMapper json;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final NodeLeases leases;
    private final Clock clock;

    CatalogSync(NationalCatalogSource source, NationalProcedureStore store, Catalog catalog, JsonMapper json,
            JdbcClient jdbc, TransactionTemplate transactions, NodeLeases leases, Clock clock) {
        this.source = source;
        this.store = store;
        this.catalog = catalog;
        this.json = json;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.leases = leases;
        this.clock = clock;
    }

    public SyncRun run() {
        Instant started = now();
        List<NationalProcedure> listed;
        try {
            listed = source.procedures();
            if (listed.size() > 2 * ListingCheck.MAX_PROCEDURES) {
                throw new SourceUnavailableException("National catalog: more than "
                        + ListingCheck.MAX_PROCEDURES + " procedures listed", null);
            }
        } catch (SourceUnavailableException e) {
            SyncRun failed = new SyncRun(started, now(), leases.node(), SyncRun.Outcome.UNAVAILABLE, 0, 0, 0,
                    0, 0, e.getMessage());
            store.record(failed);
            return failed;
        }
        return transactions.execute(tx -> compareAndStore(started, ListingCheck.check(listed)));
    }

    /** Now, to the microsecond the database keeps: a run reads back as it was returned. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private SyncRun compareAndStore(Instant started, ListingCheck.Checked checked) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('national_catalog_sync'))").query().singleValue();
        Map<String, String> stored = store.hashes();
        Set<String> province = new HashSet<>(catalog.codes());
        List<Listed> added = new ArrayList<>();
        List<Listed> changed = new ArrayList<>();
        int unchanged = 0;
        for (NationalProcedure procedure : checked.local()) {
            String content = ContentHash.json(json, procedure);
            Listed listed = new Listed(procedure.code(), content, ContentHash.of(content),
                    province.contains(procedure.code()));
            String before = stored.get(procedure.code());
            if (before == null) {
                added.add(listed);
            } else if (!before.equals(listed.hash())) {
                changed.add(listed);
            } else {
                unchanged++;
            }
        }
        Instant now = now();
        store.insert(added, now);
        store.update(changed, now);
        SyncRun run = new SyncRun(started, now, leases.node(), SyncRun.Outcome.DONE, checked.served(), added.size(),
                changed.size(), unchanged, checked.skipped(), null);
        store.record(run);
        return run;
    }
}
