package vn.motcua.dossier.internal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import org.springframework.stereotype.Component;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.catalog.Procedure;
import vn.motcua.dossier.Actor;
import vn.motcua.dossier.DossierAction;
import vn.motcua.organization.ProvinceCalendar;

/** Tiếp nhận: the receipt of a complete dossier, at a counter or by accepting an online one. */
@Component
class Reception {

    private final ProvinceCalendar calendar;

    Reception(ProvinceCalendar calendar) {
        this.calendar = calendar;
    }

    /**
     * Receives the dossier: receipt time, appointment, the process placed, step 1 with the receiving
     * officer; the officer's note (ghi chú tiếp nhận) goes on the tracking sheet.
     */
    void receive(Dossier d, Procedure procedure, Actor actor, LocalDateTime now, DossierAction action, String note) {
        WorkingCalendar working = calendar.calendar();
        // The moment is kept as it happened; received outside working hours, only the clock starts at the
        // next working period (§5), which the time limit's arithmetic does from this same moment.
        d.receivedAt = now;
        d.appointment = procedure.content().timeLimit().dueFrom(now, working).due();
        d.steps = new ArrayList<>(ProcessPlan.place(procedure.content().process(), d.receivingUnit, d.competentUnit,
                now, d.appointment, working));
        d.enterStep(1, now);
        d.currentAssignee = actor.username();
        d.track(action, d.step(1), actor, actor.username(), d.receivingUnit, now, null, null, note);
    }
}
