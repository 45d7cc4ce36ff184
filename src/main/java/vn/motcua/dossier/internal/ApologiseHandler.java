package vn.motcua.dossier.internal;

import java.time.LocalDateTime;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.dossier.ActionRefusedException;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierCommand;
import vn.motcua.dossier.DossierView;
import vn.motcua.organization.ProvinceCalendar;
import vn.motcua.platform.Problems;

/**
 * Xin lỗi, hẹn lại: the unit at fault records, once and no later than one working day before the
 * appointment, why the dossier will be late and a new appointment, which replaces the old one.
 */
@Component
class ApologiseHandler implements ActionHandler<DossierCommand.Apologise> {

    private final ProvinceCalendar calendar;

    ApologiseHandler(ProvinceCalendar calendar) {
        this.calendar = calendar;
    }

    @Override
    public Set<DossierAction> actions() {
        return Set.of(DossierAction.APOLOGISE);
    }

    @Override
    public Class<DossierCommand.Apologise> commandType() {
        return DossierCommand.Apologise.class;
    }

    @Override
    public void check(ActionContext c) {
        Dossier d = c.dossier();
        Guards.requireUnit(c.actor(), d.currentUnit);
        if (d.apologyCount > 0) {
            throw new ActionRefusedException("dossier.apology.onlyOnce");
        }
        WorkingCalendar working = calendar.calendar();
        boolean inTime = d.appointment != null && !c.now().isAfter(d.appointment)
                && working.workingTimeBetween(c.now(), d.appointment)
                        .compareTo(working.workingHours().dayLength()) >= 0;
        if (!inTime) {
            throw new ActionRefusedException("dossier.apology.tooLate");
        }
    }

    @Override
    public DossierCommand.Apologise apply(ActionContext c, DossierCommand.Apologise command) {
        Dossier d = c.dossier();
        LocalDateTime newAppointment = command.newAppointment();
        new Problems().when(!StringUtils.hasText(command.reason()), "reason", "dossier.reason.required")
                .when(newAppointment == null || !newAppointment.isAfter(d.appointment), "newAppointment",
                        "dossier.apology.newDate")
                .when(newAppointment != null && !isSensible(newAppointment, c.now()), "newAppointment",
                        "limits.apology.workingMoment")
                .throwIfAny();
        d.apology = new DossierView.Apology(c.now(), c.actor().username(), command.reason().strip(), d.appointment,
                newAppointment);
        d.apologyCount++;
        d.appointment = newAppointment;
        DossierView.Step last = d.steps.getLast();
        d.steps.set(d.steps.size() - 1, new DossierView.Step(last.position(), last.name(), last.role(), last.unit(),
                last.sharePercent(), newAppointment, last.startedAt(), last.completedAt()));
        if (d.currentStep != null && d.currentStep == d.steps.size()) {
            d.currentDeadline = newAppointment;
        }
        d.track(command.action(), null, c.actor(), null, d.currentUnit, c.now(), null, null, command.reason());
        return command;
    }

    /** A new appointment the applicant can come to: a working moment after now and within one year. */
    private boolean isSensible(LocalDateTime appointment, LocalDateTime now) {
        return appointment.isAfter(now) && !appointment.isAfter(now.plusYears(1))
                && calendar.calendar().nextWorkingStart(appointment).equals(appointment);
    }
}
