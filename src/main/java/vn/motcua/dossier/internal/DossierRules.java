package vn.motcua.dossier.internal;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import org.springframework.util.StringUtils;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.catalog.Procedure;
import vn.motcua.dossier.ActionRefusedException;
import vn.motcua.dossier.Actor;
import vn.motcua.dossier.ComponentInput;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierCommand;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.ReturnMethod;
import vn.motcua.dossier.SupplementItem;
import vn.motcua.dossier.TrackingEntry;
import vn.motcua.dossier.TrackingEntry.Outcome;
import vn.motcua.organization.Officer;
import vn.motcua.platform.Problems;

/**
 * The rules of DOMAIN.md §4 that need more than the status table: which unit and step may act,
 * one supplement (a second is flagged), the paused clock, one apology no later than one working day
 * before the appointment, step deadlines and their outcomes. Applies one allowed transition to a
 * loaded dossier; the caller saves it.
 */
final class DossierRules {

    private final WorkingCalendar calendar;
    private final BiPredicate<String, DossierView.Step> mayHoldStep;

    /**
     * @param mayHoldStep whether an officer (username) may be assigned a step (its unit and role)
     */
    DossierRules(WorkingCalendar calendar, BiPredicate<String, DossierView.Step> mayHoldStep) {
        this.calendar = calendar;
        this.mayHoldStep = mayHoldStep;
    }

    /**
     * Receives the dossier: receipt time, appointment, the process placed, step 1 with the receiving
     * officer; the officer's note (ghi chú tiếp nhận) goes on the tracking sheet.
     */
    void receive(Dossier d, Procedure procedure, Actor actor, LocalDateTime now, DossierAction action, String note) {
        // The moment is kept as it happened; received outside working hours, only the clock starts at the
        // next working period (§5), which the time limit's arithmetic does from this same moment.
        d.receivedAt = now;
        d.appointment = procedure.content().timeLimit().dueFrom(now, calendar).due();
        d.steps = new ArrayList<>(ProcessPlan.place(procedure.content().process(), d.receivingUnit, d.competentUnit,
                now, d.appointment, calendar));
        enterStep(d, 1, now);
        d.currentAssignee = actor.username();
        track(d, action, d.step(1), actor, actor.username(), d.receivingUnit, now, null, null, note);
    }

    /**
     * Refuses, with the reason, an action the table allows in this status but this person may not take
     * on this dossier now: the wrong unit or step, someone else's assignment, a second apology.
     */
    void check(Dossier d, Actor actor, DossierAction action, LocalDateTime now) {
        switch (action) {
            case ACCEPT, REFUSE -> requireUnit(actor, d.receivingUnit);
            case SUPPLEMENT, WITHDRAW -> requireUnit(actor, d.receivingUnit);
            case REQUEST_SUPPLEMENT -> requireUnit(actor, d.status == DossierStatus.NEW ? d.receivingUnit
                    : d.currentUnit);
            case ASSIGN, REQUIRE_PAYMENT -> requireUnit(actor, d.currentUnit);
            // The applicant pays at the counter that received the dossier, or the handling unit records it.
            case RECORD_PAYMENT -> requireUnit(actor, d.receivingUnit, d.currentUnit);
            case STOP -> requireUnit(actor, d.competentUnit);
            case APOLOGISE -> checkApology(d, actor, now);
            case COMPLETE_STEP, MARK_DONE, SEND_BACK, RETURN_RESULT -> checkStepAction(d, actor, action);
            case SUBMIT_ONLINE, RECEIVE_AT_COUNTER -> throw new IllegalArgumentException("Not an action on a dossier");
        }
    }

    private void checkApology(Dossier d, Actor actor, LocalDateTime now) {
        requireUnit(actor, d.currentUnit);
        if (d.apologyCount > 0) {
            throw new ActionRefusedException("dossier.apology.onlyOnce");
        }
        boolean inTime = d.appointment != null && !now.isAfter(d.appointment)
                && calendar.workingTimeBetween(now, d.appointment).compareTo(calendar.workingHours().dayLength()) >= 0;
        if (!inTime) {
            throw new ActionRefusedException("dossier.apology.tooLate");
        }
    }

    private static void checkStepAction(Dossier d, Actor actor, DossierAction action) {
        holdCurrentStep(d, actor);
        boolean nextIsLast = d.currentStep + 1 == d.steps.size();
        if (action == DossierAction.MARK_DONE && !nextIsLast) {
            throw new ActionRefusedException("dossier.markDone.notYet");
        }
        if (action == DossierAction.COMPLETE_STEP && nextIsLast) {
            throw new ActionRefusedException("dossier.complete.useMarkDone");
        }
        if (action == DossierAction.SEND_BACK && d.currentStep <= 2) {
            throw new ActionRefusedException("dossier.sendBack.nothingBefore");
        }
    }

    /**
     * Applies an action the table allowed; the caller has already set the status the table leads to,
     * {@code before} is the status the dossier was in.
     */
    void apply(Dossier d, DossierStatus before, Actor actor, DossierCommand command, LocalDateTime now) {
        switch (command) {
            case DossierCommand.RequestSupplement c -> requestSupplement(d, before, actor, c, now);
            case DossierCommand.Supplement c -> supplement(d, actor, c, now);
            case DossierCommand.Refuse c -> close(d, actor, required(c.reasons(), "reasons"), now, c.action());
            case DossierCommand.Stop c -> close(d, actor, required(c.reasons(), "reasons"), now, c.action());
            case DossierCommand.Withdraw c -> close(d, actor, required(c.reason(), "reason"), now, c.action());
            case DossierCommand.Assign c -> assign(d, actor, c, now);
            case DossierCommand.CompleteStep c -> handOver(d, actor, c.note(), now, false);
            case DossierCommand.MarkDone c -> markDone(d, actor, c, now);
            case DossierCommand.SendBack c -> sendBack(d, actor, c, now);
            case DossierCommand.RequirePayment c -> requirePayment(d, actor, c, now);
            case DossierCommand.RecordPayment c -> simple(d, actor, c.note(), now, c.action());
            case DossierCommand.Apologise c -> apologise(d, actor, c, now);
            case DossierCommand.ReturnResult c -> returnResult(d, actor, c, now);
            case DossierCommand.Accept c -> throw new IllegalStateException("Acceptance needs the procedure: " + c);
        }
    }

    private void requestSupplement(Dossier d, DossierStatus before, Actor actor, DossierCommand.RequestSupplement c,
            LocalDateTime now) {
        List<SupplementItem> items = SupplementRules.items(d, c.items());
        d.supplementCount++;
        d.supplements.add(new DossierView.SupplementRound(d.supplementCount, now, actor.username(), items, null));
        d.pausedFrom = before;
        d.currentDeadline = null;
        track(d, c.action(), d.currentStep == null ? null : d.step(d.currentStep), actor, null, d.currentUnit, now,
                null, null, describe(items));
    }

    /**
     * The applicant answered every item: the components asked for are filled, the clock resumes and
     * every open deadline moves by the paused working time.
     */
    private void supplement(Dossier d, Actor actor, DossierCommand.Supplement c, LocalDateTime now) {
        DossierView.SupplementRound round = d.supplements.getLast();
        SupplementRules.answer(d, round, c.answers());
        d.supplements.set(d.supplements.size() - 1, new DossierView.SupplementRound(round.round(),
                round.requestedAt(), round.requestedBy(), round.items(), now));
        d.pausedFrom = null;
        if (d.receivedAt != null) {
            Duration paused = calendar.workingTimeBetween(round.requestedAt(), now);
            d.appointment = ProcessPlan.shift(d.appointment, paused, calendar);
            d.steps.replaceAll(step -> step.completedAt() != null ? step : new DossierView.Step(step.position(),
                    step.name(), step.role(), step.unit(), step.sharePercent(),
                    ProcessPlan.shift(step.deadline(), paused, calendar), step.startedAt(), null));
            d.currentDeadline = d.step(d.currentStep).deadline();
        }
        track(d, c.action(), null, actor, null, d.currentUnit, now, null, null, c.note());
    }

    static void addComponents(Dossier d, List<ComponentInput> inputs) {
        for (ComponentInput input : inputs) {
            d.components.add(new DossierView.Component(d.components.size() + 1, input.name(), input.originals(),
                    input.copies(), input.submitted(), !input.files().isEmpty(), input.reused(),
                    input.fromNationalStore(), input.files()));
        }
    }

    private void close(Dossier d, Actor actor, String reason, LocalDateTime now, DossierAction action) {
        DossierView.Step step = d.currentStep == null ? null : d.step(d.currentStep);
        d.closingReason = reason;
        if (d.status != DossierStatus.WITHDRAWN) {
            d.finishedAt = now;
        }
        leaveProcess(d);
        track(d, action, step, actor, null, null, now, null, null, reason);
    }

    private void assign(Dossier d, Actor actor, DossierCommand.Assign c, LocalDateTime now) {
        DossierView.Step step = d.step(d.currentStep);
        if (!StringUtils.hasText(c.assignee()) || !mayHoldStep.test(c.assignee(), step)) {
            throw new vn.motcua.platform.UserInputException("assignee", "dossier.assign.notEligible",
                    c.assignee() == null ? "" : c.assignee(), step.name());
        }
        d.currentAssignee = c.assignee();
        track(d, c.action(), step, actor, c.assignee(), step.unit(), now, step.deadline(), null, null);
    }

    /**
     * Finishes the current step and hands the dossier to the next. Marking done is the hand-over to
     * the last step (return of the result); completing is any earlier one.
     */
    private void handOver(Dossier d, Actor actor, String note, LocalDateTime now, boolean done) {
        DossierView.Step step = d.step(d.currentStep);
        Outcome outcome = finishStep(d, step, now);
        if (done) {
            d.finishedAt = now;
        }
        enterStep(d, d.currentStep + 1, now);
        DossierView.Step next = d.step(d.currentStep);
        track(d, done ? DossierAction.MARK_DONE : DossierAction.COMPLETE_STEP, step, actor, null, next.unit(), now,
                step.deadline(), outcome, note);
    }

    /**
     * The result is ready: each file becomes a result coded {@code {dossier code}-KQ{n}}. A result returned
     * electronically needs its file; a paper-only one may have none.
     */
    private void markDone(Dossier d, Actor actor, DossierCommand.MarkDone c, LocalDateTime now) {
        if (d.returnMethod == ReturnMethod.ELECTRONIC && c.results().isEmpty()) {
            throw new vn.motcua.platform.UserInputException("results", "dossier.markDone.resultRequired");
        }
        for (vn.motcua.dossier.AttachedFile file : c.results()) {
            // The file is as its upload recorded it (DossierWork resolved it).
            d.results.add(new DossierView.Result(d.code + "-KQ" + (d.results.size() + 1), file, now, actor.username()));
        }
        handOver(d, actor, c.note(), now, true);
    }

    private void sendBack(Dossier d, Actor actor, DossierCommand.SendBack c, LocalDateTime now) {
        DossierView.Step step = d.step(d.currentStep);
        required(c.reason(), "reason");
        if (c.toStep() < 2 || c.toStep() >= d.currentStep) {
            throw new vn.motcua.platform.UserInputException("toStep", "dossier.sendBack.step", d.currentStep - 1);
        }
        for (int position = c.toStep(); position <= d.currentStep; position++) {
            DossierView.Step s = d.step(position);
            d.steps.set(position - 1, new DossierView.Step(s.position(), s.name(), s.role(), s.unit(),
                    s.sharePercent(), s.deadline(), s.startedAt(), null));
        }
        enterStep(d, c.toStep(), now);
        track(d, c.action(), step, actor, null, d.currentUnit, now, step.deadline(), null, c.reason());
    }

    private void requirePayment(Dossier d, Actor actor, DossierCommand.RequirePayment c, LocalDateTime now) {
        new Problems().when(c.amountVnd() <= 0, "amountVnd", "dossier.payment.amount")
                .when(!StringUtils.hasText(c.description()), "description", "dossier.payment.description")
                .throwIfAny();
        d.fees.add(new DossierView.Fee(c.description().strip(), c.amountVnd()));
        d.feesDueVnd += c.amountVnd();
        simple(d, actor, c.description(), now, c.action());
    }

    /** A new appointment the applicant can come to: a working moment after now and within one year. */
    private boolean isSensibleAppointment(LocalDateTime appointment, LocalDateTime now) {
        return appointment.isAfter(now) && !appointment.isAfter(now.plusYears(1))
                && calendar.nextWorkingStart(appointment).equals(appointment);
    }

    /** An apology, once, recorded no later than one working day before the appointment; the new date replaces it. */
    private void apologise(Dossier d, Actor actor, DossierCommand.Apologise c, LocalDateTime now) {
        new Problems().when(!StringUtils.hasText(c.reason()), "reason", "dossier.reason.required")
                .when(c.newAppointment() == null || !c.newAppointment().isAfter(d.appointment), "newAppointment",
                        "dossier.apology.newDate")
                .when(c.newAppointment() != null && !isSensibleAppointment(c.newAppointment(), now), "newAppointment",
                        "limits.apology.workingMoment")
                .throwIfAny();
        d.apology = new DossierView.Apology(now, actor.username(), c.reason().strip(), d.appointment,
                c.newAppointment());
        d.apologyCount++;
        d.appointment = c.newAppointment();
        DossierView.Step last = d.steps.getLast();
        d.steps.set(d.steps.size() - 1, new DossierView.Step(last.position(), last.name(), last.role(), last.unit(),
                last.sharePercent(), c.newAppointment(), last.startedAt(), last.completedAt()));
        if (d.currentStep != null && d.currentStep == d.steps.size()) {
            d.currentDeadline = c.newAppointment();
        }
        track(d, c.action(), null, actor, null, d.currentUnit, now, null, null, c.reason());
    }

    private void returnResult(Dossier d, Actor actor, DossierCommand.ReturnResult c, LocalDateTime now) {
        DossierView.Step step = d.step(d.currentStep);
        ReturnMethod method = c.method() == null ? d.returnMethod : c.method();
        if (method == ReturnMethod.POST && !StringUtils.hasText(d.returnAddress)) {
            throw new vn.motcua.platform.UserInputException("method", "dossier.return.addressMissing");
        }
        if (method == ReturnMethod.ELECTRONIC && d.results.isEmpty()) {
            throw new vn.motcua.platform.UserInputException("method", "dossier.return.noElectronicResult");
        }
        Outcome outcome = finishStep(d, step, now);
        d.returnMethod = method;
        d.returnedAt = now;
        leaveProcess(d);
        track(d, c.action(), step, actor, null, null, now, step.deadline(), outcome, c.note());
    }

    private void simple(Dossier d, Actor actor, String note, LocalDateTime now, DossierAction action) {
        track(d, action, d.currentStep == null ? null : d.step(d.currentStep), actor, null, d.currentUnit, now, null,
                null, note);
    }

    /** The current step, checked to be the actor's: their unit, their role, and not assigned to someone else. */
    private static void holdCurrentStep(Dossier d, Actor actor) {
        DossierView.Step step = d.step(d.currentStep);
        requireUnit(actor, step.unit());
        if (!step.role().equals(actor.party().name())) {
            throw new ActionRefusedException("dossier.step.otherRole", step.name());
        }
        if (d.currentAssignee != null && !d.currentAssignee.equals(actor.username())
                && !d.currentAssignee.equals(actor.onBehalfOf())) {
            throw new ActionRefusedException("dossier.step.assignedToOther", d.currentAssignee);
        }
    }

    static void requireUnit(Actor actor, String... units) {
        if (actor.isOfficer() && !java.util.Arrays.asList(units).contains(actor.unit())) {
            throw new ActionRefusedException("dossier.unit.notYours", units[units.length - 1]);
        }
    }

    private static Outcome finishStep(Dossier d, DossierView.Step step, LocalDateTime now) {
        d.steps.set(step.position() - 1, new DossierView.Step(step.position(), step.name(), step.role(), step.unit(),
                step.sharePercent(), step.deadline(), step.startedAt(), now));
        return Outcome.of(now, step.deadline());
    }

    private static void enterStep(Dossier d, int position, LocalDateTime now) {
        DossierView.Step step = d.step(position);
        d.steps.set(position - 1, new DossierView.Step(step.position(), step.name(), step.role(), step.unit(),
                step.sharePercent(), step.deadline(), now, null));
        d.currentStep = position;
        d.currentUnit = step.unit();
        d.currentAssignee = null;
        d.currentDeadline = step.deadline();
    }

    private static void leaveProcess(Dossier d) {
        d.currentStep = null;
        d.currentUnit = null;
        d.currentAssignee = null;
        d.currentDeadline = null;
    }

    static void track(Dossier d, DossierAction action, DossierView.Step step, Actor actor, String toOfficer,
            String toUnit, LocalDateTime now, LocalDateTime stepDeadline, Outcome outcome, String note) {
        d.tracking.add(new TrackingEntry(d.nextTrackingSeq(), action, d.status, step == null ? null : step.name(),
                actor.username(), actor.fullName(), actor.unit(), toOfficer, toUnit, now, stepDeadline, outcome,
                StringUtils.hasText(note) ? note.strip() : null, actor.onBehalfOf(), actor.onBehalfName(), null, null));
    }

    /**
     * Bàn giao: the step {@code from} holds goes to {@code to}, who must be able to hold it; the line
     * names who handed it over, from whom and to whom.
     */
    void handOver(Dossier d, Actor by, Officer from, Officer to, LocalDateTime now) {
        DossierView.Step step = d.step(d.currentStep);
        if (!mayHoldStep.test(to.username(), step)) {
            throw new vn.motcua.platform.UserInputException("to", "dossier.assign.notEligible", to.username(),
                    step.name());
        }
        d.currentAssignee = to.username();
        d.tracking.add(new TrackingEntry(d.nextTrackingSeq(), DossierAction.ASSIGN, d.status, step.name(),
                by.username(), by.fullName(), by.unit(), to.username(), step.unit(), now, step.deadline(), null, null,
                null, null, from.username(), from.fullName()));
    }

    private static String required(String text, String field) {
        if (!StringUtils.hasText(text)) {
            throw new vn.motcua.platform.UserInputException(field, "dossier.reason.required");
        }
        return text.strip();
    }

    private static String describe(List<SupplementItem> items) {
        return String.join("; ", items.stream().map(i -> i.name().strip() + ": " + i.reason().strip()).toList());
    }
}
