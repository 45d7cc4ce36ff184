package vn.motcua.index.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongFunction;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import vn.motcua.catalog.Catalog;
import vn.motcua.index.DossierFacts.ProcedureTraits;

/**
 * The traits of the catalog versions dossiers are handled under, remembered, so a transition costs
 * no catalog read. Nothing is ever invalidated, and need not be: the traits come from a version's
 * published content alone ({@link ProcedureTraits#of}), and the catalog never changes a version's
 * content once published — a new decision is a new version with a new id, while superseding,
 * retiring and offering online change only its status, dates and online offer. Each node of a
 * cluster keeps its own, for the same reason. Bounded: the version used least recently is forgotten
 * first, and read again if a dossier of it moves later.
 */
@Component
class ProcedureTraitsCache {

    /** Far more versions than a province's dossiers move under at once; a few hundred bytes each. */
    static final int CAPACITY = 4096;

    private final LongFunction<ProcedureTraits> catalogVersion;
    private final Map<Long, ProcedureTraits> byVersion;

    @Autowired
    ProcedureTraitsCache(Catalog catalog) {
        this(versionId -> ProcedureTraits.of(catalog.version(versionId)), CAPACITY);
    }

    ProcedureTraitsCache(LongFunction<ProcedureTraits> catalogVersion, int capacity) {
        this.catalogVersion = catalogVersion;
        this.byVersion = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, ProcedureTraits> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The traits of the version; read from the catalog outside the lock, so a slow read holds no one up. */
    ProcedureTraits of(long versionId) {
        ProcedureTraits known;
        synchronized (byVersion) {
            known = byVersion.get(versionId);
        }
        if (known != null) {
            return known;
        }
        ProcedureTraits read = catalogVersion.apply(versionId);
        synchronized (byVersion) {
            byVersion.put(versionId, read);
        }
        return read;
    }
}
