package vn.motcua.calendar;

import static java.util.Comparator.comparing;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** Pauses in time order with overlaps merged, so no working time is counted twice. */
final class PauseSchedule {

    private PauseSchedule() {
    }

    static List<Pause> merge(List<Pause> pauses) {
        List<Pause> sorted = pauses.stream().sorted(comparing(Pause::from)).toList();
        List<Pause> merged = new ArrayList<>();
        for (Pause pause : sorted) {
            Pause last = merged.isEmpty() ? null : merged.getLast();
            if (last != null && !pause.from().isAfter(last.to())) {
                merged.set(merged.size() - 1, new Pause(last.from(), later(last, pause)));
            } else {
                merged.add(pause);
            }
        }
        return merged;
    }

    private static LocalDateTime later(Pause a, Pause b) {
        return a.to().isAfter(b.to()) ? a.to() : b.to();
    }
}
