package vn.motcua.archive;

import java.time.Clock;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.archive.internal.ArchiveSettings;
import vn.motcua.archive.internal.RetentionStore;
import vn.motcua.catalog.Catalog;
import vn.motcua.platform.NotFoundException;

/**
 * Thời hạn bảo quản per procedure: what an administrator set, otherwise {@code motcua.archive.default-retention-years}.
 * A change applies to dossiers archived afterwards; those already archived keep the retention they were
 * archived under (it is written in their manifest).
 */
@Service
@Transactional(readOnly = true)
public class Retentions {

    private final RetentionStore store;
    private final ArchiveSettings settings;
    private final Catalog catalog;
    private final Clock clock;

    Retentions(RetentionStore store, ArchiveSettings settings, Catalog catalog, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** The retention a dossier of this procedure is archived under now. */
    public Retention of(String procedureCode) {
        return store.of(procedureCode).orElseGet(settings::defaultRetention);
    }

    public Retention defaultRetention() {
        return settings.defaultRetention();
    }

    /** The procedures whose retention an administrator set, by code. */
    public Map<String, Retention> set() {
        return store.all();
    }

    /**
     * Sets a procedure's retention.
     *
     * @throws NotFoundException when the catalog has no such procedure
     */
    @Transactional
    public void set(String procedureCode, Retention retention, String administrator) {
        if (!catalog.codes().contains(procedureCode)) {
            throw new NotFoundException("archive.retention.unknownProcedure", procedureCode);
        }
        store.set(procedureCode, retention, administrator, clock.instant());
    }
}
