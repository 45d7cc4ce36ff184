package vn.motcua.catalog;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.catalog.internal.EFormStore;
import vn.motcua.catalog.internal.ProcedureStore;
import vn.motcua.catalog.internal.SearchQuery;
import vn.motcua.catalog.internal.SearchRanking;
import vn.motcua.platform.NotFoundException;

/**
 * The catalog of procedures (danh mục thủ tục hành chính) as everyone reads it: search, the version in
 * force, and every earlier version (a dossier stays on the version it was received under).
 */
@Service
@Transactional(readOnly = true)
public class Catalog {

    private final ProcedureStore store;
    private final EFormStore eforms;

    Catalog(ProcedureStore store, EFormStore eforms) {
        this.store = store;
        this.eforms = eforms;
    }

    /** The e-form (biểu mẫu điện tử) of a version, empty when its declaration has none. */
    public Optional<EForm> eform(long versionId) {
        return eforms.of(versionId);
    }

    /** The e-form of a version as JSON text, indented, for the administrators' editor; empty when none. */
    public Optional<String> eformText(long versionId) {
        return eforms.of(versionId).map(eforms::text);
    }

    /** Procedures in force matching the query, best first (see {@code SearchRanking}). */
    public ProcedurePage search(ProcedureQuery query) {
        var filters = new ProcedureStore.Filters(query.field(), query.level(), query.unit(),
                query.fullyOnline());
        SearchQuery text = SearchQuery.of(query.text());
        if (text.isEmpty()) {
            List<Procedure> page = store.byIds(store.browse(filters, query.offset(), query.size()));
            return page(query, store.count(filters), page);
        }
        List<SearchRanking.Candidate> ranked = SearchRanking.rank(text, store.candidates(text, filters));
        List<Long> ids = ranked.stream().skip(query.offset()).limit(query.size())
                .map(SearchRanking.Candidate::versionId).toList();
        return page(query, ranked.size(), store.byIds(ids));
    }

    /** The version in force, empty when the code is unknown or the procedure was retired. */
    public Optional<Procedure> findInForce(String code) {
        return store.inForce(code);
    }

    /** The version in force; {@link NotFoundException} when unknown or retired. */
    public Procedure inForce(String code) {
        return findInForce(code).orElseThrow(() -> new NotFoundException("catalog.procedure.notInForce", code));
    }

    /** The version in force, or the last one of a retired procedure; {@link NotFoundException} when unknown. */
    public Procedure latest(String code) {
        return store.latest(code).orElseThrow(() -> notFound(code));
    }

    /** The history of a procedure, newest first; {@link NotFoundException} when unknown. */
    public List<VersionSummary> versions(String code) {
        List<VersionSummary> versions = store.versions(code).stream().map(VersionSummary::of).toList();
        if (versions.isEmpty()) {
            throw notFound(code);
        }
        return versions;
    }

    /** Every procedure's code, retired ones included. */
    public List<String> codes() {
        return store.codes();
    }

    /** Every version of a procedure in full, newest first; empty when the code is unknown. */
    public List<Procedure> allVersions(String code) {
        return store.versions(code);
    }

    /** One version by its number, in force or not. */
    public Procedure version(String code, int version) {
        return store.version(code, version)
                .orElseThrow(() -> new NotFoundException("catalog.version.notFound", code, version));
    }

    /** One version by its stable identifier, as dossiers keep it. */
    public Procedure version(long versionId) {
        return store.byId(versionId)
                .orElseThrow(() -> new NotFoundException("catalog.version.idNotFound", versionId));
    }

    /** The fields (lĩnh vực) of the procedures in force, for filters. */
    public List<String> fields() {
        return store.fields();
    }

    private static ProcedurePage page(ProcedureQuery query, long total, List<Procedure> items) {
        return new ProcedurePage(total, query.page(), query.size(), items.stream().map(ProcedureSummary::of).toList());
    }

    private static NotFoundException notFound(String code) {
        return new NotFoundException("catalog.procedure.notFound", code);
    }
}
