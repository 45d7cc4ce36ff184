package vn.motcua.dossier;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.springframework.context.annotation.Profile;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.motcua.identity.ApplicantVerified;

/** Records the ApplicantVerified events that reach a module listener, as the index's listener will take them. */
@Component
@Profile("test")
class ApplicantVerifiedRecorder {

    private final Queue<ApplicantVerified> received = new ConcurrentLinkedQueue<>();

    @ApplicationModuleListener
    void on(ApplicantVerified event) {
        received.add(event);
    }

    List<ApplicantVerified> of(String dossierCode) {
        return received.stream().filter(e -> e.dossierCode().equals(dossierCode)).toList();
    }
}
