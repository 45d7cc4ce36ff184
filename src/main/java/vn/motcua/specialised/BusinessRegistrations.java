package vn.motcua.specialised;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.document.Documents;
import vn.motcua.document.FileOwner;
import vn.motcua.document.FileStore;
import vn.motcua.dossier.ActionRefusedException;
import vn.motcua.dossier.Actor;
import vn.motcua.dossier.AttachedFile;
import vn.motcua.dossier.DossierCommand;
import vn.motcua.dossier.DossierHandling;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierView;
import vn.motcua.specialised.internal.ExchangeStore;

/**
 * Household business registration through the business registry, for the officer handling the dossier: send the
 * dossier (the exchange then sends it and asks for the answer on its own, retrying while the registry is down),
 * see where it stands, and once registered make the certificate the dossier's result by the ordinary "mark done"
 * transition, as this officer.
 */
@Service
@Transactional(readOnly = true)
public class BusinessRegistrations {

    /** The exchange's name for the registry. */
    public static final String SYSTEM = "business-registry";

    private final ExchangeStore store;
    private final DossierQueries dossiers;
    private final DossierHandling handling;
    private final Documents documents;
    private final FileStore files;
    private final List<String> procedures;
    private final Clock clock;

    BusinessRegistrations(ExchangeStore store, DossierQueries dossiers, DossierHandling handling, Documents documents,
            FileStore files, @Value("${motcua.specialised.business-registry.procedures}") List<String> procedures,
            Clock clock) {
        this.store = store;
        this.dossiers = dossiers;
        this.handling = handling;
        this.documents = documents;
        this.files = files;
        this.procedures = List.copyOf(procedures);
        this.clock = clock;
    }

    /** Whether dossiers of this procedure go to the registry. */
    public boolean handles(String procedureCode) {
        return procedures.contains(procedureCode);
    }

    /** The dossier's exchange with the registry, empty when it was never sent. */
    public Optional<Exchange> of(String dossierCode) {
        return store.find(dossierCode, SYSTEM);
    }

    /**
     * Queues the dossier for the registry, as {@code officer}: a dossier they can see, of a household business
     * procedure, in processing, not sent before.
     */
    @Transactional
    public Exchange send(Actor officer, String code) {
        DossierView dossier = dossiers.get(officer, code);
        if (!officer.isOfficer() || !handles(dossier.procedureCode())) {
            throw new ActionRefusedException("specialised.notForProcedure");
        }
        if (dossier.status() != DossierStatus.PROCESSING) {
            throw new ActionRefusedException("specialised.notProcessing");
        }
        if (!store.queue(code, SYSTEM, dossier.procedureCode(), officer.username(), clock.instant())) {
            throw new ActionRefusedException("specialised.alreadySent");
        }
        return of(code).orElseThrow();
    }

    /**
     * Makes the registry's certificate the dossier's result: the officer's "mark done" with the certificate as its
     * result file, through the dossier's transitions (the officer must hold the last processing step). Refused
     * unless the registry registered it.
     */
    @Transactional
    public DossierView attachCertificate(Actor officer, String code, int lockVersion, String note) {
        dossiers.get(officer, code);
        Exchange exchange = of(code).filter(e -> e.state() == ExchangeState.REGISTERED)
                .orElseThrow(() -> new ActionRefusedException("specialised.notRegistered"));
        // The officer attaches the certificate as their own upload: the bytes are kept once, by their hash.
        String name = "giay-chung-nhan-" + exchange.registrationNumber() + ".pdf";
        try (InputStream in = files.open(exchange.certificateSha256())) {
            documents.keepMade(in.readAllBytes(), name, FileOwner.officer(officer.username()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DossierView done = handling.handle(officer, code, lockVersion, new DossierCommand.MarkDone(note,
                List.of(AttachedFile.reference(exchange.certificateSha256()))));
        store.attached(code, SYSTEM);
        return done;
    }
}
