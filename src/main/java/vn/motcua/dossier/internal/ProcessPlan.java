package vn.motcua.dossier.internal;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.catalog.ProcessStep;
import vn.motcua.dossier.DossierView;

/**
 * Places a procedure's internal process on the calendar for one dossier: each step gets its unit
 * (the receiving or competent unit where the procedure says so) and a deadline at its cumulative
 * share of the working time between receipt and appointment; the last step ends at the appointment.
 */
final class ProcessPlan {

    private ProcessPlan() {
    }

    static List<DossierView.Step> place(List<ProcessStep> process, String receivingUnit, String competentUnit,
            LocalDateTime received, LocalDateTime appointment, WorkingCalendar calendar) {
        LocalDateTime start = calendar.nextWorkingStart(received);
        Duration total = appointment.isAfter(start) ? calendar.workingTimeBetween(start, appointment) : Duration.ZERO;
        List<DossierView.Step> steps = new ArrayList<>();
        int cumulativeShare = 0;
        for (int i = 0; i < process.size(); i++) {
            ProcessStep step = process.get(i);
            cumulativeShare += step.sharePercent();
            LocalDateTime deadline = i == process.size() - 1
                    ? appointment
                    : calendar.addWorkingTime(start, total.multipliedBy(cumulativeShare).dividedBy(100));
            steps.add(new DossierView.Step(i + 1, step.name(), step.role(),
                    unitOf(step, receivingUnit, competentUnit), step.sharePercent(), deadline, null, null));
        }
        return steps;
    }

    /** Moves a moment later by working time (a pause); a zero pause leaves it where it is. */
    static LocalDateTime shift(LocalDateTime moment, Duration paused, WorkingCalendar calendar) {
        return moment == null || paused.isZero() ? moment : calendar.addWorkingTime(moment, paused);
    }

    private static String unitOf(ProcessStep step, String receivingUnit, String competentUnit) {
        return switch (step.unit()) {
            case ProcessStep.RECEIVING_UNIT -> receivingUnit;
            case ProcessStep.COMPETENT_UNIT -> competentUnit;
            default -> step.unit();
        };
    }
}
