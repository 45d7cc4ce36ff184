package vn.motcua.dossier;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Stands in, in the tests' shared context, for the listeners to come (national sync, index): records
 * what reaches a module listener through the persisted event registry.
 */
@Component
@Profile("test") // the tests' own: not in a benchmark, which starts the application with test classes
class DossierEventRecorder {

    private final Queue<DossierStatusChanged> changes = new ConcurrentLinkedQueue<>();

    @ApplicationModuleListener
    void on(DossierStatusChanged event) {
        changes.add(event);
    }

    /** The changes of one dossier received so far, in order (the listener is a proxy: ask, don't peek). */
    public java.util.List<DossierStatusChanged> changesOf(String code) {
        return changes.stream().filter(e -> e.code().equals(code)).toList();
    }
}
