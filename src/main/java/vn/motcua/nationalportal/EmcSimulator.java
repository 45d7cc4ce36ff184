package vn.motcua.nationalportal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import vn.motcua.nationalportal.NationalPortal.Answer;

/**
 * The demo's EMC monitoring system (served under {@link #PATH}, wired unless {@code motcua.emc.url} is set):
 * it keeps the events it is sent in memory, per dossier, at most {@link #KEPT} dossiers, each distinct event
 * once with how many times it arrived (a resent event is harmless). It can be made to misbehave
 * ({@link PortalSimulatorMode}).
 */
@Service
public class EmcSimulator extends AnsweringSimulator {

    /** Where the simulator is reached. */
    public static final String PATH = "/simulator/emc";
    /** Dossiers kept; the oldest is forgotten first. */
    public static final int KEPT = 5000;

    /** An event as EMC holds it, and how many times it arrived. */
    public record Received(Map<String, Object> event, int receipts) {
    }

    private final Map<String, List<Received>> dossiers = new LinkedHashMap<>();

    EmcSimulator(@Value("${motcua.emc.simulator-delay}") Duration slowDelay, @Value("${motcua.emc.url:}") String url) {
        super(slowDelay, url);
    }

    public Reply receive(List<Map<String, Object>> events) throws InterruptedException {
        return take(() -> keep(events));
    }

    /** The events of the dossier, in the order they first arrived; empty when none. */
    public synchronized List<Received> events(String dossierCode) {
        return List.copyOf(dossiers.getOrDefault(dossierCode, List.of()));
    }

    private synchronized Answer keep(List<Map<String, Object>> events) {
        for (Map<String, Object> event : events) {
            List<Received> held = dossiers.computeIfAbsent(String.valueOf(event.get("MaHoSo")),
                    code -> new ArrayList<>());
            int at = held.stream().map(Received::event).toList().indexOf(event);
            if (at < 0) {
                held.add(new Received(Map.copyOf(event), 1));
            } else {
                held.set(at, new Received(held.get(at).event(), held.get(at).receipts() + 1));
            }
        }
        while (dossiers.size() > KEPT) {
            dossiers.remove(dossiers.keySet().iterator().next());
        }
        return new Answer(Answer.OK, "Thành công");
    }
}
