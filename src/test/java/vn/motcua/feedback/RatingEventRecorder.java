package vn.motcua.feedback;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** Stands in for the index, which will listen to ratings: records what reaches a module listener. */
@Component
@Profile("test") // the tests' own: not in a benchmark, which starts the application with test classes
public class RatingEventRecorder {

    private final Queue<DossierRated> ratings = new ConcurrentLinkedQueue<>();

    @ApplicationModuleListener
    void on(DossierRated event) {
        ratings.add(event);
    }

    /** The ratings of one dossier, once at least one has arrived (the listener runs after the commit). */
    public List<DossierRated> awaitOf(String code) throws InterruptedException {
        vn.motcua.Await.until(() -> !of(code).isEmpty());
        return of(code);
    }

    private List<DossierRated> of(String code) {
        return ratings.stream().filter(e -> e.dossierCode().equals(code)).toList();
    }
}
