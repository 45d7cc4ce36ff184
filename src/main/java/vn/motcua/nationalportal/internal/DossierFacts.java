package vn.motcua.nationalportal.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.OnlineLevel;
import vn.motcua.datastore.DataStore;
import vn.motcua.datastore.DocumentSource;
import vn.motcua.datastore.StoredDocument;
import vn.motcua.dossier.AttachedFile;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.dossier.DossierStatusChanged;
import vn.motcua.dossier.DossierView;
import vn.motcua.identity.ApplicantVerified.VerificationSource;
import vn.motcua.payment.DossierFees;
import vn.motcua.payment.Fee;
import vn.motcua.payment.Payments;
import vn.motcua.population.PopulationLookups;
import vn.motcua.population.Verification;
import vn.motcua.result.ResultDocument;
import vn.motcua.result.ResultDocuments;

/**
 * What the portal's dossier object and EMC's event say beyond the status change itself, read through the
 * other modules' faces in the change's own transaction (so as the change left the dossier): the dossier,
 * its fees and how they were paid, its results, its procedure's online level, the national systems that
 * verified its applicant, and the results its reused components stand for.
 */
@Component
class DossierFacts {

    /**
     * @param dossier the dossier after the change; empty for a dossier this province does not hold (imported
     *     history): the messages then say only what the event says
     * @param fees its fees, in the order recorded
     * @param paidOnline a fee was paid through the national payment platform
     * @param results its results, oldest first
     * @param onlineLevel its procedure version's online level, null when not stated
     * @param verifiedBy the national systems that verified its applicant
     * @param replacedBy for each component (by position) that reused a result, that result's code
     */
    record Facts(Optional<DossierView> dossier, List<Fee> fees, boolean paidOnline, List<ResultDocument> results,
            OnlineLevel onlineLevel, Set<VerificationSource> verifiedBy, Map<Integer, String> replacedBy) {
    }

    private final DossierQueries dossiers;
    private final DossierFees fees;
    private final Payments payments;
    private final ResultDocuments results;
    private final Catalog catalog;
    private final PopulationLookups population;
    private final DataStore dataStore;

    DossierFacts(DossierQueries dossiers, DossierFees fees, Payments payments, ResultDocuments results,
            Catalog catalog, PopulationLookups population, DataStore dataStore) {
        this.dossiers = dossiers;
        this.fees = fees;
        this.payments = payments;
        this.results = results;
        this.catalog = catalog;
        this.population = population;
        this.dataStore = dataStore;
    }

    Facts of(DossierStatusChanged change) {
        Optional<DossierView> dossier = dossiers.find(change.code());
        return new Facts(dossier, fees.of(change.code()), payments.paidOnline(change.code()),
                dossier.map(results::of).orElse(List.of()),
                dossier.map(d -> catalog.version(d.procedureVersionId()).content().onlineLevel()).orElse(null),
                population.verifications(change.code()).stream().map(Verification::source)
                        .collect(Collectors.toUnmodifiableSet()),
                dossier.map(this::replacedBy).orElse(Map.of()));
    }

    /** Reused components whose file is a result the applicant's data store holds: that result's code. */
    private Map<Integer, String> replacedBy(DossierView dossier) {
        List<DossierView.Component> reused = dossier.components().stream().filter(DossierView.Component::reused)
                .toList();
        if (reused.isEmpty()) {
            return Map.of();
        }
        Map<String, String> resultByFile = dataStore.of(dossier.applicant().idNumber()).stream()
                .filter(d -> d.source() == DocumentSource.RESULT)
                .collect(Collectors.toMap(d -> d.file().sha256(), StoredDocument::reference, (a, b) -> a));
        return reused.stream()
                .flatMap(c -> c.files().stream().map(AttachedFile::sha256).filter(resultByFile::containsKey)
                        .limit(1).map(file -> Map.entry(c.position(), resultByFile.get(file))))
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
