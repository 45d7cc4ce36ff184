package vn.motcua.dossier.internal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.util.StringUtils;
import vn.motcua.dossier.Actor;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.ComponentInput;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.ReturnMethod;
import vn.motcua.dossier.TrackingEntry;
import vn.motcua.organization.Officer;

/**
 * The dossier aggregate as loaded for one action: its row and children. Mutated only by the action
 * handlers ({@link ActionHandler}) inside one {@link TransitionPipeline} run, through the step
 * operations below, then saved by {@link DossierRepository} with a version check. Times are local
 * (Asia/Ho_Chi_Minh).
 */
public final class Dossier {

    long id;
    String code;
    int lockVersion;
    String procedureCode;
    long procedureVersionId;
    String procedureName;
    Channel channel;
    DossierStatus status;
    DossierStatus pausedFrom;
    String receivingUnit;
    String competentUnit;
    Applicant applicant;
    String submitterName;
    String submitterIdNumber;
    String summary;
    ReturnMethod returnMethod;
    String returnAddress;
    LocalDateTime submittedAt;
    LocalDateTime receivedAt;
    LocalDateTime appointment;
    LocalDateTime finishedAt;
    LocalDateTime returnedAt;
    String closingReason;
    Integer currentStep;
    String currentUnit;
    String currentAssignee;
    LocalDateTime currentDeadline;
    int supplementCount;
    int apologyCount;
    List<DossierView.Step> steps = new ArrayList<>();
    List<DossierView.Component> components = new ArrayList<>();
    List<DossierView.SupplementRound> supplements = new ArrayList<>();
    DossierView.Apology apology;
    List<TrackingEntry> tracking = new ArrayList<>();

    /**
     * How many children were stored when loaded: the repository inserts only what came after. The
     * components as stored too, since a supplement fills one that was already there.
     */
    List<DossierView.Component> storedComponentState = List.of();
    List<DossierView.Step> storedSteps = List.of();
    int storedComponents;
    int storedTracking;
    int storedSupplements;
    boolean storedApology;

    Dossier() {
    }

    /** Marks everything as stored, after loading or saving. */
    void markStored() {
        storedComponents = components.size();
        storedComponentState = List.copyOf(components);
        storedSteps = List.copyOf(steps);
        storedTracking = tracking.size();
        storedSupplements = supplements.size();
        storedApology = apology != null;
    }

    public String code() {
        return code;
    }

    public DossierStatus status() {
        return status;
    }

    DossierView.Step step(int position) {
        return steps.get(position - 1);
    }

    int nextTrackingSeq() {
        return tracking.size() + 1;
    }

    /** The step the dossier is at, or null outside its internal process. */
    DossierView.Step currentStepOrNull() {
        return currentStep == null ? null : step(currentStep);
    }

    /** Starts the step at {@code position}: its unit holds the dossier, nobody yet, until its deadline. */
    void enterStep(int position, LocalDateTime now) {
        DossierView.Step step = step(position);
        steps.set(position - 1, new DossierView.Step(step.position(), step.name(), step.role(), step.unit(),
                step.sharePercent(), step.deadline(), now, null));
        currentStep = position;
        currentUnit = step.unit();
        currentAssignee = null;
        currentDeadline = step.deadline();
    }

    /** Finishes {@code step} now: early, on time or late against its deadline. */
    TrackingEntry.Outcome finishStep(DossierView.Step step, LocalDateTime now) {
        steps.set(step.position() - 1, new DossierView.Step(step.position(), step.name(), step.role(), step.unit(),
                step.sharePercent(), step.deadline(), step.startedAt(), now));
        return TrackingEntry.Outcome.of(now, step.deadline());
    }

    /** The dossier leaves its internal process: nobody holds it any more. */
    void leaveProcess() {
        currentStep = null;
        currentUnit = null;
        currentAssignee = null;
        currentDeadline = null;
    }

    /** Writes the next line of the tracking sheet for what {@code actor} just did. */
    void track(DossierAction action, DossierView.Step step, Actor actor, String toOfficer, String toUnit,
            LocalDateTime now, LocalDateTime stepDeadline, TrackingEntry.Outcome outcome, String note) {
        tracking.add(new TrackingEntry(nextTrackingSeq(), action, status, step == null ? null : step.name(),
                actor.username(), actor.fullName(), actor.unit(), toOfficer, toUnit, now, stepDeadline, outcome,
                StringUtils.hasText(note) ? note.strip() : null, actor.onBehalfOf(), actor.onBehalfName(), null, null));
    }

    /**
     * Bàn giao: the line of a hand-over of {@code from}'s step to {@code to}, taken by {@code by}, which names
     * all three.
     */
    void trackHandOver(DossierView.Step step, Actor by, Officer from, Officer to, LocalDateTime now) {
        tracking.add(new TrackingEntry(nextTrackingSeq(), DossierAction.ASSIGN, status, step.name(), by.username(),
                by.fullName(), by.unit(), to.username(), step.unit(), now, step.deadline(), null, null, null, null,
                from.username(), from.fullName()));
    }

    /** A line for an action that changes no step: the current one, if any, is named. */
    void trackAtCurrentStep(DossierAction action, Actor actor, LocalDateTime now, String note) {
        track(action, currentStepOrNull(), actor, null, currentUnit, now, null, null, note);
    }

    /** Components handed in, numbered after those already there. */
    void addComponents(List<ComponentInput> inputs) {
        for (ComponentInput input : inputs) {
            components.add(new DossierView.Component(components.size() + 1, input.name(), input.originals(),
                    input.copies(), input.submitted(), !input.files().isEmpty(), input.reused(),
                    input.fromNationalStore(), input.files()));
        }
    }

    /** Where a step's unit is. */
    boolean involves(String unit) {
        return unit.equals(receivingUnit) || unit.equals(competentUnit)
                || steps.stream().anyMatch(s -> s.unit().equals(unit));
    }

    /**
     * The aggregate as {@code view} shows it, to ask what it allows without reading it again; never saved
     * (its children count as stored).
     */
    public static Dossier of(DossierView v) {
        Dossier d = new Dossier();
        d.code = v.code();
        d.lockVersion = v.lockVersion();
        d.procedureCode = v.procedureCode();
        d.procedureVersionId = v.procedureVersionId();
        d.procedureName = v.procedureName();
        d.channel = v.channel();
        d.status = v.status();
        d.pausedFrom = v.pausedFrom();
        d.receivingUnit = v.receivingUnit();
        d.competentUnit = v.competentUnit();
        d.applicant = v.applicant();
        d.submitterName = v.submitterName();
        d.submitterIdNumber = v.submitterIdNumber();
        d.summary = v.summary();
        d.returnMethod = v.returnMethod();
        d.returnAddress = v.returnAddress();
        d.submittedAt = v.submittedAt();
        d.receivedAt = v.receivedAt();
        d.appointment = v.appointment();
        d.finishedAt = v.finishedAt();
        d.returnedAt = v.returnedAt();
        d.closingReason = v.closingReason();
        d.currentStep = v.currentStep();
        d.currentUnit = v.currentUnit();
        d.currentAssignee = v.currentAssignee();
        d.currentDeadline = v.currentDeadline();
        d.supplementCount = v.supplementCount();
        d.apologyCount = v.apologyCount();
        d.steps = new ArrayList<>(v.steps());
        d.components = new ArrayList<>(v.components());
        d.supplements = new ArrayList<>(v.supplements());
        d.apology = v.apology();
        d.tracking = new ArrayList<>(v.tracking());
        d.markStored();
        return d;
    }

    public DossierView view() {
        return new DossierView(code, lockVersion, procedureCode, procedureVersionId, procedureName, channel, status,
                pausedFrom, receivingUnit, competentUnit, applicant, submitterName, submitterIdNumber, summary,
                returnMethod, returnAddress, submittedAt, receivedAt, appointment, finishedAt, returnedAt,
                closingReason, currentStep, currentUnit, currentAssignee, currentDeadline, supplementCount,
                apologyCount, List.copyOf(steps), List.copyOf(components), List.copyOf(supplements),
                apology, List.copyOf(tracking));
    }
}
