package vn.motcua.index.internal;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.index.DossierAtRisk;
import vn.motcua.index.DossierFacts;
import vn.motcua.index.DossierFacts.Timeline;

/** Which open dossiers turn late soon, for the early warning (cảnh báo sớm). */
public final class LateForecast {

    private final WorkingCalendar calendar;

    public LateForecast(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    /**
     * Dossiers counted in 2.1 now as "open and not yet late" that will be late before the end of
     * the horizon (working time from now) and before the period ends, when a late dossier would
     * still count in it. A dossier waiting for the applicant is paused and cannot turn late.
     * Soonest first.
     */
    public List<DossierAtRisk> atRisk(Collection<DossierFacts> open, Window window, Duration horizon) {
        if (window.closed()) {
            return List.of();
        }
        LocalDateTime now = window.now();
        LocalDateTime horizonEnd = calendar.addWorkingTime(now, horizon);
        return open.stream()
                .filter(dossier -> DossierRules.handledIn(dossier, window) && dossier.timeline().finishedAt() == null)
                .filter(dossier -> DossierRules.notYetLate(dossier, now) && !DossierRules.waitingForApplicant(dossier))
                .map(dossier -> lateAfter(dossier, now))
                .filter(Objects::nonNull)
                .filter(risk -> risk.lateAfter().isBefore(horizonEnd) && risk.lateAfter().isBefore(window.end()))
                .sorted(Comparator.comparing(DossierAtRisk::lateAfter))
                .toList();
    }

    /**
     * The last on-time moment: the appointment; without one, now plus the working time left of the
     * limit (from the last published worked time). Null when nothing makes it late.
     */
    private DossierAtRisk lateAfter(DossierFacts dossier, LocalDateTime now) {
        Timeline timeline = dossier.timeline();
        if (timeline.appointment() != null) {
            return new DossierAtRisk(dossier.code(), timeline.appointment());
        }
        if (timeline.timeLimit() == null) {
            return null;
        }
        return new DossierAtRisk(dossier.code(),
                calendar.addWorkingTime(now, timeline.timeLimit().minus(timeline.workedTime())));
    }
}
