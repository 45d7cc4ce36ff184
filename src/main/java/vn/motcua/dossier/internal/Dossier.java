package vn.motcua.dossier.internal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.ReturnMethod;
import vn.motcua.dossier.TrackingEntry;

/**
 * The dossier aggregate as loaded for one action: its row and children. Mutated only by
 * {@link DossierRules} inside one transaction, then saved by {@link DossierRepository} with a
 * version check. Times are local (Asia/Ho_Chi_Minh).
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
    long feesDueVnd;
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
    List<DossierView.Fee> fees = new ArrayList<>();
    List<DossierView.SupplementRound> supplements = new ArrayList<>();
    DossierView.Apology apology;
    List<TrackingEntry> tracking = new ArrayList<>();
    List<DossierView.Result> results = new ArrayList<>();

    /**
     * How many children were stored when loaded: the repository inserts only what came after. The
     * components as stored too, since a supplement fills one that was already there.
     */
    List<DossierView.Component> storedComponentState = List.of();
    int storedComponents;
    int storedTracking;
    int storedSupplements;
    int storedResults;
    boolean storedApology;

    Dossier() {
    }

    /** Marks everything as stored, after loading or saving. */
    void markStored() {
        storedComponents = components.size();
        storedComponentState = List.copyOf(components);
        storedTracking = tracking.size();
        storedSupplements = supplements.size();
        storedResults = results.size();
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

    /** Where a step's unit is. */
    boolean involves(String unit) {
        return unit.equals(receivingUnit) || unit.equals(competentUnit)
                || steps.stream().anyMatch(s -> s.unit().equals(unit));
    }

    public DossierView view() {
        return new DossierView(code, lockVersion, procedureCode, procedureVersionId, procedureName, channel, status,
                pausedFrom, receivingUnit, competentUnit, applicant, submitterName, submitterIdNumber, summary,
                returnMethod, returnAddress, feesDueVnd, submittedAt, receivedAt, appointment, finishedAt, returnedAt,
                closingReason, currentStep, currentUnit, currentAssignee, currentDeadline, supplementCount,
                apologyCount, List.copyOf(steps), List.copyOf(components), List.copyOf(fees), List.copyOf(supplements),
                apology, List.copyOf(tracking), List.copyOf(results));
    }
}
