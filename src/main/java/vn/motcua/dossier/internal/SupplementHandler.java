package vn.motcua.dossier.internal;

import java.time.Duration;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierCommand;
import vn.motcua.dossier.DossierView;
import vn.motcua.organization.ProvinceCalendar;
import vn.motcua.platform.Problems;

/**
 * Bổ sung hồ sơ: the applicant answered every item of the open request, online or at the counter. The
 * components asked for are filled, the clock resumes and every open deadline moves by the paused working
 * time.
 */
@Component
class SupplementHandler implements ActionHandler<DossierCommand.Supplement> {

    private final ProvinceCalendar calendar;
    private final StoredFiles storedFiles;

    SupplementHandler(ProvinceCalendar calendar, StoredFiles storedFiles) {
        this.calendar = calendar;
        this.storedFiles = storedFiles;
    }

    @Override
    public Set<DossierAction> actions() {
        return Set.of(DossierAction.SUPPLEMENT);
    }

    @Override
    public Class<DossierCommand.Supplement> commandType() {
        return DossierCommand.Supplement.class;
    }

    @Override
    public void check(ActionContext c) {
        Guards.requireUnit(c.actor(), c.dossier().receivingUnit);
    }

    @Override
    public DossierCommand.Supplement apply(ActionContext c, DossierCommand.Supplement command) {
        Dossier d = c.dossier();
        Problems problems = new Problems();
        var answers = storedFiles.resolveAnswers(command.answers(), c.actor().fileOwner(), d, problems);
        problems.throwIfAny();
        DossierView.SupplementRound round = d.supplements.getLast();
        SupplementRules.answer(d, round, answers);
        d.supplements.set(d.supplements.size() - 1, new DossierView.SupplementRound(round.round(),
                round.requestedAt(), round.requestedBy(), round.items(), c.now()));
        d.pausedFrom = null;
        if (d.receivedAt != null) {
            WorkingCalendar working = calendar.calendar();
            resumeClock(d, working.workingTimeBetween(round.requestedAt(), c.now()), working);
        }
        d.track(command.action(), null, c.actor(), null, d.currentUnit, c.now(), null, null, command.note());
        return command;
    }

    private static void resumeClock(Dossier d, Duration paused, WorkingCalendar working) {
        d.appointment = ProcessPlan.shift(d.appointment, paused, working);
        d.steps.replaceAll(step -> step.completedAt() != null ? step : new DossierView.Step(step.position(),
                step.name(), step.role(), step.unit(), step.sharePercent(),
                ProcessPlan.shift(step.deadline(), paused, working), step.startedAt(), null));
        d.currentDeadline = d.step(d.currentStep).deadline();
    }
}
