package vn.motcua.nationalportal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import vn.motcua.nationalportal.NationalPortal.Answer;

/**
 * The demo's National Public Service Portal (served under {@link #PATH}, wired unless
 * {@code motcua.national-portal.url} is set): it keeps what it is sent in memory, at most {@link #KEPT}
 * dossiers, answers "already exists" to an add of a dossier it has, and keeps a progress entry it already
 * has once (a duplicate is a harmless update). It can be made to misbehave ({@link PortalSimulatorMode}).
 */
@Service
public class NationalPortalSimulator extends AnsweringSimulator {

    /** Where the simulator is reached. */
    public static final String PATH = "/simulator/national-portal";
    /** Dossiers kept; the oldest is forgotten first. */
    public static final int KEPT = 5000;

    /**
     * A dossier as the portal holds it.
     *
     * @param dossier the dossier object last added or updated
     * @param adds adds taken (the first, and any answered "already exists")
     * @param updates updates taken
     * @param progress the progress entries, each once, in the order they arrived
     * @param receipts how many times each entry arrived, in the same order
     * @param firstAt when the first message arrived
     */
    public record Held(Map<String, Object> dossier, int adds, int updates, List<Map<String, Object>> progress,
            List<Integer> receipts, Instant firstAt) {

        /** The statuses ({@code TrangThai}) of the progress entries, in the order they arrived. */
        public List<Object> progressStatuses() {
            return progress.stream().map(entry -> entry.get("TrangThai")).toList();
        }
    }

    private final Map<String, Held> dossiers = new LinkedHashMap<>();
    private final Clock clock;

    NationalPortalSimulator(Clock clock, @Value("${motcua.national-portal.simulator-delay}") Duration slowDelay,
            @Value("${motcua.national-portal.url:}") String url) {
        super(slowDelay, url);
        this.clock = clock;
    }

    public Reply add(Map<String, Object> dossier) throws InterruptedException {
        return take(() -> keep(dossier, true));
    }

    public Reply update(Map<String, Object> dossier) throws InterruptedException {
        return take(() -> keep(dossier, false));
    }

    public Reply progress(String code, List<Map<String, Object>> entries) throws InterruptedException {
        return take(() -> append(code, entries));
    }

    /** What the portal holds of the dossier, empty when nothing. */
    public synchronized Optional<Held> held(String code) {
        return Optional.ofNullable(dossiers.get(code));
    }

    /** How many dossiers it holds. */
    public synchronized int size() {
        return dossiers.size();
    }

    private synchronized Answer keep(Map<String, Object> dossier, boolean add) {
        String code = String.valueOf(dossier.get("MaHoSo"));
        Held before = dossiers.get(code);
        if (add && before != null) {
            dossiers.put(code, new Held(before.dossier(), before.adds() + 1, before.updates(), before.progress(),
                    before.receipts(), before.firstAt()));
            return new Answer(Answer.ALREADY_EXISTS, "Hồ sơ đã tồn tại");
        }
        if (!add && before == null) {
            return new Answer(Answer.UNKNOWN_DOSSIER, "Không có hồ sơ");
        }
        dossiers.put(code, before == null
                ? new Held(Map.copyOf(dossier), 1, 0, List.of(), List.of(), clock.instant())
                : new Held(Map.copyOf(dossier), before.adds(), before.updates() + 1, before.progress(),
                        before.receipts(), before.firstAt()));
        forgetOldest();
        return new Answer(Answer.OK, "Thành công");
    }

    private synchronized Answer append(String code, List<Map<String, Object>> entries) {
        Held before = dossiers.get(code);
        if (before == null) {
            return new Answer(Answer.UNKNOWN_DOSSIER, "Không có hồ sơ");
        }
        List<Map<String, Object>> progress = new ArrayList<>(before.progress());
        List<Integer> receipts = new ArrayList<>(before.receipts());
        for (Map<String, Object> entry : entries) {
            int at = progress.indexOf(entry);
            if (at < 0) {
                progress.add(Map.copyOf(entry));
                receipts.add(1);
            } else {
                receipts.set(at, receipts.get(at) + 1);
            }
        }
        dossiers.put(code, new Held(before.dossier(), before.adds(), before.updates(), List.copyOf(progress),
                List.copyOf(receipts), before.firstAt()));
        return new Answer(Answer.OK, "Thành công");
    }

    private void forgetOldest() {
        if (dossiers.size() > KEPT) {
            dossiers.remove(dossiers.keySet().iterator().next());
        }
    }
}
