package vn.motcua.nationalcatalog;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.CatalogAdministration;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.ProcedureForm;
import vn.motcua.nationalcatalog.internal.AdoptionForms;
import vn.motcua.nationalcatalog.internal.CatalogSync;
import vn.motcua.nationalcatalog.internal.NationalProcedureStore;
import vn.motcua.platform.InputLimits;
import vn.motcua.platform.NotFoundException;
import vn.motcua.platform.Problems;
import vn.motcua.platform.UserInputException;

/**
 * The national catalog for the province's administrators: sync with the national procedure database, the
 * procedures it lists that are new or changed, and their adoption into the province's catalog under the
 * province's announcement decision.
 */
@Service
@Transactional(readOnly = true)
public class NationalCatalog {

    /** Rows per page of the lists. */
    public static final int PAGE_SIZE = 50;

    private final CatalogSync sync;
    private final NationalProcedureStore store;
    private final Catalog catalog;
    private final CatalogAdministration administration;
    private final Clock clock;

    NationalCatalog(CatalogSync sync, NationalProcedureStore store, Catalog catalog,
            CatalogAdministration administration, Clock clock) {
        this.clock = clock;
        this.sync = sync;
        this.store = store;
        this.catalog = catalog;
        this.administration = administration;
    }

    /** Syncs now (the schedule does too); an unavailable database is an outcome, recorded. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public SyncRun syncNow() {
        return sync.run();
    }

    /** The last syncs, newest first. */
    public List<SyncRun> recentRuns() {
        return store.recentRuns(10);
    }

    /** How many national procedures stand at each status. */
    public Map<NationalStatus, Long> counts() {
        return store.counts();
    }

    /**
     * One page (from 1) of the procedures at {@code status} whose code or name contains {@code text}; a text
     * longer than {@link InputLimits#SEARCH} or a page past {@link InputLimits#MAX_PAGE} is refused.
     */
    public List<NationalEntry> list(NationalStatus status, String text, int page) {
        Problems problems = new Problems();
        InputLimits.line(problems, "q", text, InputLimits.SEARCH);
        problems.when(page < 1 || page > InputLimits.MAX_PAGE, "page", "limits.page", 1, InputLimits.MAX_PAGE);
        problems.throwIfAny();
        return store.list(status, text == null ? "" : text.strip(), (page - 1) * PAGE_SIZE, PAGE_SIZE);
    }

    /** A national procedure with what changed; {@link NotFoundException} when no sync found it. */
    public NationalEntry entry(String code) {
        return store.entry(code).orElseThrow(() -> new NotFoundException("nationalCatalog.notFound", code));
    }

    /** The catalog's form for creating a new national procedure, its national parts filled in. */
    public ProcedureForm newProcedureForm(String code) {
        NationalEntry entry = entry(code);
        if (entry.status() != NationalStatus.NEW) {
            throw new UserInputException(null, "nationalCatalog.adopt.notNew", code);
        }
        return AdoptionForms.forNew(entry.procedure());
    }

    /**
     * Adopts a changed national procedure: publishes the next version of the province's procedure with the
     * national change, under the province's decision; from then it is in step. Refused unless changed.
     */
    @Transactional
    public Procedure adopt(String code, Adoption decision) {
        NationalEntry entry = entry(code);
        if (entry.status() != NationalStatus.CHANGED) {
            throw new UserInputException(null, "nationalCatalog.adopt.notChanged", code);
        }
        ProcedureForm current = ProcedureForm.of(catalog.latest(code));
        Procedure published = administration.revise(code, AdoptionForms.forChange(current, entry.procedure(), decision));
        store.markAdopted(code, clock.instant());
        return published;
    }
}
