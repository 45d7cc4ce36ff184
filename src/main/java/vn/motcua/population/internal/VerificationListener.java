package vn.motcua.population.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.motcua.identity.ApplicantVerified;

/**
 * Keeps every dossier's applicant verifications, whichever national system vouched (a VNeID login, a
 * population look-up), once per dossier and source: a redelivered event changes nothing.
 */
@Component
class VerificationListener {

    private final ApplicantRecords records;

    VerificationListener(ApplicantRecords records) {
        this.records = records;
    }

    @ApplicationModuleListener
    void on(ApplicantVerified event) {
        records.verified(event);
    }
}
