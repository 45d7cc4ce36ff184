package vn.motcua.specialised.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.document.Documents;
import vn.motcua.document.FileOwner;
import vn.motcua.document.StoredFile;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.dossier.DossierView;
import vn.motcua.specialised.BusinessRegistry;
import vn.motcua.specialised.BusinessRegistry.Answer;
import vn.motcua.specialised.BusinessRegistry.Filing;
import vn.motcua.specialised.Exchange;
import vn.motcua.specialised.SpecialisedSystem.SystemUnavailableException;

/**
 * One round of the exchange with the business registry: each due exchange, claimed row by row (two nodes never
 * send the same one at once), is sent or asked for its answer. A failure counts an attempt and waits the doubled
 * backoff; a registration keeps the certificate as a file the system made ({@code system:business-registry}).
 * Sending again is harmless: the registry keeps one filing per dossier code.
 */
@Component
public class RegistryExchange {

    static final FileOwner REGISTRY = FileOwner.system("business-registry");
    private static final int BATCH = 20;

    private final BusinessRegistry registry;
    private final ExchangeStore store;
    private final DossierQueries dossiers;
    private final Documents documents;
    private final SpecialisedSettings settings;
    private final TransactionTemplate transactions;
    private final Clock clock;

    RegistryExchange(BusinessRegistry registry, ExchangeStore store, DossierQueries dossiers, Documents documents,
            SpecialisedSettings settings, TransactionTemplate transactions, Clock clock) {
        this.registry = registry;
        this.store = store;
        this.dossiers = dossiers;
        this.documents = documents;
        this.settings = settings;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Handles the exchanges due now, one transaction per exchange; how many were handled. */
    public int runOnce() {
        int handled = 0;
        while (handled < BATCH && Boolean.TRUE.equals(transactions.execute(tx -> handleNextDue()))) {
            handled++;
        }
        return handled;
    }

    private boolean handleNextDue() {
        List<Exchange> due = store.claimDue(registry.name(), clock.instant(), 1);
        due.forEach(this::handle);
        return !due.isEmpty();
    }

    private void handle(Exchange e) {
        Instant now = clock.instant();
        try {
            if (e.reference() == null) {
                store.sent(e, registry.file(filing(e)).reference(), now.plus(settings.pollEvery()));
            } else {
                answered(e, registry.answer(e.reference()), now);
            }
        } catch (SystemUnavailableException failure) {
            store.failed(e, failure.getMessage(), now.plus(settings.backoff(e.attempts() + 1)));
        }
    }

    private void answered(Exchange e, Answer answer, Instant now) {
        switch (answer.state()) {
            case Answer.REGISTERED -> {
                byte[] certificate = Base64.getMimeDecoder().decode(answer.certificateBase64());
                StoredFile file = documents.keepMade(certificate, "giay-chung-nhan-" + answer.registrationNumber()
                        + ".pdf", REGISTRY);
                store.registered(e, answer.registrationNumber(), file.sha256(), now);
            }
            case Answer.REFUSED -> store.refused(e, answer.reason(), now);
            default -> store.waitAgain(e, now.plus(settings.pollEvery()));
        }
    }

    private Filing filing(Exchange e) {
        DossierView d = dossiers.find(e.dossierCode()).orElseThrow();
        return new Filing(d.code(), d.procedureCode(), d.applicant().name(), d.applicant().idNumber(),
                d.applicant().address(), d.summary());
    }
}
