package vn.motcua.datastore;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import vn.motcua.platform.SimulatedSystem;
import vn.motcua.platform.SimulatorAnswer;
import vn.motcua.platform.SimulatorMode;

/**
 * The demo's national data store (served under {@link #PATH}, wired unless
 * {@code motcua.datastore.national.url} is set): it keeps what it is pushed in memory, at most
 * {@link #KEPT} documents, answers an owner's documents, and can be made to misbehave so that one sees
 * the outbox retry. A document whose id it already has is a duplicate, kept once.
 */
@Service
public class NationalStoreSimulator extends SimulatedSystem<SimulatorMode> {

    /** Where the simulator is reached. */
    public static final String PATH = "/simulator/national-data-store";
    /** Documents kept; the oldest is forgotten first. */
    public static final int KEPT = 2000;



    private final Map<String, NationalDataStore.NationalDocument> documents = new LinkedHashMap<>();
    private final Map<String, Integer> pushes = new LinkedHashMap<>();

    NationalStoreSimulator(@Value("${motcua.datastore.national.simulator-delay}") Duration slowDelay,
            @Value("${motcua.datastore.national.url:}") String url) {
        super(slowDelay, url, SimulatorMode.UP);
    }

    /** Takes one document as the current mode says; SLOW returns only after its delay. */
    public SimulatorAnswer push(NationalDataStore.NationalDocument document) throws InterruptedException {
        SimulatorMode now = mode();
        if (now == SimulatorMode.DOWN) {
            return SimulatorAnswer.UNAVAILABLE;
        }
        boolean duplicate = keep(document);
        if (now == SimulatorMode.SLOW) {
            slowDown();
        }
        if (now == SimulatorMode.DUPLICATE) {
            return SimulatorAnswer.ERROR;
        }
        return duplicate ? SimulatorAnswer.DUPLICATE : SimulatorAnswer.ACCEPTED;
    }

    /** The owner's documents, oldest first; null while down. */
    public synchronized List<NationalDataStore.NationalDocument> lookup(String ownerId) {
        if (mode() == SimulatorMode.DOWN) {
            return null;
        }
        return documents.values().stream().filter(d -> d.ownerId().equals(ownerId)).toList();
    }

    /** How many times the document with this id was pushed (a retry of one it had counts). */
    public synchronized int pushes(String id) {
        return pushes.getOrDefault(id, 0);
    }

    /** Whether it holds the document with this id. */
    public synchronized boolean holds(String id) {
        return documents.containsKey(id);
    }

    private synchronized boolean keep(NationalDataStore.NationalDocument document) {
        pushes.merge(document.id(), 1, Integer::sum);
        if (documents.containsKey(document.id())) {
            return true;
        }
        documents.put(document.id(), document);
        if (documents.size() > KEPT) {
            String oldest = new ArrayList<>(documents.keySet()).getFirst();
            documents.remove(oldest);
            pushes.remove(oldest);
        }
        return false;
    }
}
