package vn.motcua.statistics;

import java.time.Duration;
import java.time.LocalDateTime;
import vn.motcua.catalog.ApplicantType;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.index.DossierFacts;

/**
 * The facts of one dossier as a history import brings them, for reports' tests: a citizen's counter
 * dossier in processing, received at the given moment, with nothing else true until a method says so.
 * Times are written "2045-03-02T08:00".
 */
public final class TestFacts {

    private final String unit;
    private final String code;
    private final String procedure;
    private final LocalDateTime received;
    private LocalDateTime submitted;
    private Channel channel = Channel.COUNTER;
    private DossierStatus status = DossierStatus.PROCESSING;
    private LocalDateTime appointment;
    private LocalDateTime done;
    private LocalDateTime returned;
    private LocalDateTime stoppedOrRefused;
    private int supplements;
    private Duration worked;
    private Duration limit;

    private TestFacts(String unit, String code, String procedure, LocalDateTime received) {
        this.unit = unit;
        this.code = code;
        this.procedure = procedure;
        this.received = received;
        this.submitted = received;
    }

    public static TestFacts received(String unit, String code, String procedure, String at) {
        return new TestFacts(unit, code, procedure, LocalDateTime.parse(at));
    }

    /** Submitted online and refused by reception: never received. */
    public static TestFacts refusedAtReception(String unit, String code, String procedure, String submitted,
            String refused) {
        TestFacts facts = new TestFacts(unit, code, procedure, null).online();
        facts.submitted = LocalDateTime.parse(submitted);
        facts.stoppedOrRefused = LocalDateTime.parse(refused);
        facts.status = DossierStatus.REFUSED;
        return facts;
    }

    public TestFacts appointment(String at) {
        appointment = LocalDateTime.parse(at);
        return this;
    }

    public TestFacts done(String at) {
        done = LocalDateTime.parse(at);
        status = DossierStatus.DONE;
        return this;
    }

    public TestFacts returned(String at) {
        returned = LocalDateTime.parse(at);
        status = DossierStatus.RETURNED;
        return this;
    }

    public TestFacts stopped(String at) {
        stoppedOrRefused = LocalDateTime.parse(at);
        status = DossierStatus.STOPPED;
        return this;
    }

    public TestFacts status(DossierStatus value) {
        status = value;
        return this;
    }

    public TestFacts supplements(int count) {
        supplements = count;
        return this;
    }

    public TestFacts online() {
        channel = Channel.ONLINE;
        return this;
    }

    /** No appointment: judged by working hours spent against the limit. */
    public TestFacts worked(int hours, int limitHours) {
        worked = Duration.ofHours(hours);
        limit = Duration.ofHours(limitHours);
        return this;
    }

    public DossierFacts build() {
        return new DossierFacts(code, unit, procedure, channel, ApplicantType.CITIZEN, status,
                new DossierFacts.Timeline(submitted, received, appointment, done, returned, stoppedOrRefused,
                        supplements, false, worked, limit),
                new DossierFacts.ProcedureTraits(false, false, false),
                new DossierFacts.Digitisation(false, false, false, false),
                new DossierFacts.Payment(0, false), false, false, false);
    }
}
