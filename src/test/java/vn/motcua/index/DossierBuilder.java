package vn.motcua.index;

import java.time.Duration;
import java.time.LocalDateTime;
import vn.motcua.catalog.ApplicantType;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierStatus;

/**
 * Dossier facts for tests: a citizen's counter dossier in processing, received at the given moment,
 * with nothing else true until a method says so. Times are written "2026-03-02T08:00".
 */
final class DossierBuilder {

    private final String code;
    private String procedureCode = "1.001193";
    private Channel channel = Channel.COUNTER;
    private ApplicantType applicantType = ApplicantType.CITIZEN;
    private DossierStatus status = DossierStatus.PROCESSING;
    private LocalDateTime submittedAt;
    private LocalDateTime receivedAt;
    private LocalDateTime appointment;
    private LocalDateTime doneAt;
    private LocalDateTime returnedAt;
    private LocalDateTime stoppedOrRefusedAt;
    private int supplementRequests;
    private boolean apologised;
    private Duration workedTime;
    private Duration timeLimit;
    private boolean fullOnlineService;
    private boolean paperResultRequired;
    private boolean reusableComponent;
    private boolean allComponentsDigitised;
    private boolean electronicResultIssued;
    private boolean componentReused;
    private boolean nationalDataStoreUsed;
    private long feesDueVnd;
    private boolean paidOnline;
    private boolean applicantVerified;
    private boolean syncedInTime;
    private boolean complained;

    private DossierBuilder(String code) {
        this.code = code;
    }

    static DossierBuilder received(String code, String at) {
        DossierBuilder builder = new DossierBuilder(code);
        builder.submittedAt = time(at);
        builder.receivedAt = time(at);
        return builder;
    }

    /** Submitted online and refused by reception: never received. */
    static DossierBuilder refusedAtReception(String code, String submitted, String refused) {
        DossierBuilder builder = new DossierBuilder(code).online();
        builder.submittedAt = time(submitted);
        builder.stoppedOrRefusedAt = time(refused);
        builder.status = DossierStatus.REFUSED;
        return builder;
    }

    /** Submitted online, not yet checked by reception. */
    static DossierBuilder submittedOnline(String code, String at) {
        DossierBuilder builder = new DossierBuilder(code).online();
        builder.submittedAt = time(at);
        builder.status = DossierStatus.NEW;
        return builder;
    }

    DossierBuilder appointment(String at) {
        appointment = time(at);
        return this;
    }

    DossierBuilder done(String at) {
        doneAt = time(at);
        status = DossierStatus.DONE;
        return this;
    }

    DossierBuilder returned(String at) {
        returnedAt = time(at);
        status = DossierStatus.RETURNED;
        return this;
    }

    DossierBuilder stopped(String at) {
        stoppedOrRefusedAt = time(at);
        status = DossierStatus.STOPPED;
        return this;
    }

    DossierBuilder procedure(String code) {
        procedureCode = code;
        return this;
    }

    DossierBuilder status(DossierStatus value) {
        status = value;
        return this;
    }

    DossierBuilder supplementRequests(int count) {
        supplementRequests = count;
        return this;
    }

    DossierBuilder apologised() {
        apologised = true;
        return this;
    }

    /** No appointment: judged by working hours spent against the limit. */
    DossierBuilder worked(int hours, int limitHours) {
        workedTime = Duration.ofHours(hours);
        timeLimit = Duration.ofHours(limitHours);
        return this;
    }

    DossierBuilder online() {
        channel = Channel.ONLINE;
        return this;
    }

    DossierBuilder business() {
        applicantType = ApplicantType.BUSINESS;
        return this;
    }

    DossierBuilder fullOnlineService() {
        fullOnlineService = true;
        return this;
    }

    DossierBuilder paperResultRequired() {
        paperResultRequired = true;
        return this;
    }

    DossierBuilder reusableComponent() {
        reusableComponent = true;
        return this;
    }

    DossierBuilder digitised() {
        allComponentsDigitised = true;
        return this;
    }

    DossierBuilder electronicResult() {
        electronicResultIssued = true;
        return this;
    }

    DossierBuilder reused() {
        componentReused = true;
        return this;
    }

    DossierBuilder dataStoreUsed() {
        nationalDataStoreUsed = true;
        return this;
    }

    DossierBuilder fees(long vnd) {
        feesDueVnd = vnd;
        return this;
    }

    DossierBuilder paidOnline() {
        paidOnline = true;
        return this;
    }

    DossierBuilder verified() {
        applicantVerified = true;
        return this;
    }

    DossierBuilder synced() {
        syncedInTime = true;
        return this;
    }

    DossierBuilder complained() {
        complained = true;
        return this;
    }

    DossierFacts build() {
        return new DossierFacts(code, "000.00.12.H56", procedureCode, channel, applicantType, status,
                new DossierFacts.Timeline(submittedAt, receivedAt, appointment, doneAt, returnedAt, stoppedOrRefusedAt,
                        supplementRequests, apologised, workedTime, timeLimit),
                new DossierFacts.ProcedureTraits(fullOnlineService, paperResultRequired, reusableComponent),
                new DossierFacts.Digitisation(allComponentsDigitised, electronicResultIssued, componentReused,
                        nationalDataStoreUsed),
                new DossierFacts.Payment(feesDueVnd, paidOnline), applicantVerified, syncedInTime, complained);
    }

    @Override
    public String toString() {
        return code;
    }

    static LocalDateTime time(String at) {
        return LocalDateTime.parse(at);
    }
}
