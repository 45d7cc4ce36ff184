package vn.motcua.index.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.index.DossierFacts;
import vn.motcua.index.DossierHistory;
import vn.motcua.index.internal.DossierFactsStore.Origin;
import vn.motcua.index.internal.DossierFactsStore.Stored;
import vn.motcua.organization.ProvinceCalendar;

/**
 * Writes dossier facts and, in the same transaction, the difference they make to the daily
 * tallies. Rows are locked before they are compared, so concurrent writers of one dossier queue up;
 * a live row keeps the tracking sheet line its facts were written from, so the latest state wins
 * whatever order the writers come in.
 */
@Repository
public class DossierFactsWriter {

    private final DossierFactsStore store;
    private final DailyTallies tallies;
    private final ProvinceCalendar calendar;

    DossierFactsWriter(DossierFactsStore store, DailyTallies tallies, ProvinceCalendar calendar) {
        this.store = store;
        this.tallies = tallies;
        this.calendar = calendar;
    }

    /**
     * Writes a transition's facts, unless the row already holds those of that transition or a later
     * one: an event delivered again, or after a later one, changes nothing. The applicant's complaint
     * flag and the fees (which the payment module tells) are kept.
     */
    @Transactional
    public void applyTransition(DossierFacts facts, int trackingSeq) {
        writeLive(facts, trackingSeq, trackingSeq - 1, true);
    }

    /**
     * Rewrites a live dossier's facts from its current state read again (a rebuild, which may apply
     * changed rules to the same transition), unless a listener already wrote a later transition's.
     */
    @Transactional
    public void rewriteCurrent(DossierFacts facts, int trackingSeq) {
        writeLive(facts, trackingSeq, trackingSeq, false);
        store.feesDue(facts.code(), facts.payment().feesDueVnd(), trackingSeq, calendar.now());
    }

    /**
     * Replaces the facts when the row holds those of a transition no later than {@code latestReplaced};
     * {@code keepFees}: the facts do not know the fees, the row does.
     */
    private void writeLive(DossierFacts facts, int trackingSeq, int latestReplaced, boolean keepFees) {
        Stored before = lockOne(facts.code());
        if (before.trackingSeq() <= latestReplaced) {
            DossierFacts kept = withApplicantVerified(withNationalStore(withElectronicResult(withComplaint(keepFees
                    ? withPayment(facts, before.payment()) : facts, before.complainedOrDissatisfied()),
                    before.electronicResult()), before.resultPushed()), before.applicantVerified());
            replace(List.of(before), List.of(kept), Origin.LIVE, trackingSeq);
        }
    }

    /**
     * Records what a dossier owes, whether or not its facts arrived yet, unless the row holds fees of the
     * same transition or a later one.
     */
    @Transactional
    public void feesDue(String code, long dueVnd, int trackingSeq) {
        Stored before = lockOne(code);
        if (before.feesSeq() >= trackingSeq) {
            return;
        }
        store.feesDue(code, dueVnd, trackingSeq, calendar.now());
        if (before.facts() != null) {
            DailyContributions changes = new DailyContributions();
            changes.add(before.facts(), -1);
            changes.add(withPayment(before.facts(), new DossierFacts.Payment(dueVnd, before.payment().paidOnline())),
                    1);
            tallies.add(changes);
        }
    }

    /**
     * Records that the dossier's fees were paid online (through the national platform), whether or not its
     * facts arrived yet. Once paid online it stays so: a redelivered event changes nothing.
     */
    @Transactional
    public void paidOnline(String code) {
        Stored before = lockOne(code);
        if (before.payment().paidOnline()) {
            return;
        }
        store.paidOnline(code, calendar.now());
        if (before.facts() != null) {
            DailyContributions changes = new DailyContributions();
            changes.add(before.facts(), -1);
            changes.add(withPayment(before.facts(), new DossierFacts.Payment(before.payment().feesDueVnd(), true)), 1);
            tallies.add(changes);
        }
    }

    /**
     * Records that a sealed electronic result was issued for the dossier (5.1, and 3.1 where the result
     * must also be on paper), whether or not its facts arrived yet; the transitions' facts keep it.
     */
    @Transactional
    public void electronicResultIssued(String code) {
        Stored before = lockOne(code);
        store.electronicResultIssued(code, calendar.now());
        if (before.facts() != null) {
            DailyContributions changes = new DailyContributions();
            changes.add(before.facts(), -1);
            changes.add(withElectronicResult(before.facts(), true), 1);
            tallies.add(changes);
        }
    }

    /**
     * Records the applicant's rating of a dossier, whether or not its facts arrived yet. A complaint
     * about the dossier already recorded stays: 6.3 counts a dossier with either.
     */
    @Transactional
    public void rated(String code, boolean dissatisfied) {
        Stored before = lockOne(code);
        complained(before, dissatisfied || before.complainedOrDissatisfied());
    }

    /** Records that feedback or a complaint named the dossier (6.3), whether or not its facts arrived yet. */
    @Transactional
    public void complainedAbout(String code) {
        complained(lockOne(code), true);
    }

    private void complained(Stored before, boolean complained) {
        store.complained(before.code(), complained, calendar.now());
        if (before.facts() != null) {
            DailyContributions changes = new DailyContributions();
            changes.add(before.facts(), -1);
            changes.add(withComplaint(before.facts(), complained), 1);
            tallies.add(changes);
        }
    }

    /**
     * Records that the dossier's result reached the national data store (5.5), whether or not its facts
     * arrived yet; later transitions keep it.
     */
    @Transactional
    public void resultPushed(String code) {
        Stored before = lockOne(code);
        store.resultPushed(code, calendar.now());
        if (before.facts() != null && !before.facts().digitisation().nationalDataStoreUsed()) {
            DailyContributions changes = new DailyContributions();
            changes.add(before.facts(), -1);
            changes.add(withNationalStore(before.facts(), true), 1);
            tallies.add(changes);
        }
    }

    /**
     * Records that the dossier's applicant was verified (5.6), by VNeID or the population database, whether
     * or not its facts arrived yet; later transitions keep it.
     */
    @Transactional
    public void applicantVerified(String code) {
        Stored before = lockOne(code);
        store.applicantVerified(code, calendar.now());
        if (before.facts() != null && !before.facts().applicantVerified()) {
            DailyContributions changes = new DailyContributions();
            changes.add(before.facts(), -1);
            changes.add(withApplicantVerified(before.facts(), true), 1);
            tallies.add(changes);
        }
    }

    /**
     * Imported history replaces earlier imports of the same code, never a live dossier's facts. New
     * codes are inserted whole at once (the common case, and the cheap one); existing rows are then
     * locked and compared.
     */
    @Transactional
    public DossierHistory.Recorded importHistory(List<DossierFacts> dossiers) {
        Map<String, DossierFacts> byCode = new LinkedHashMap<>();
        dossiers.forEach(facts -> byCode.put(facts.code(), facts));
        store.insertNew(byCode.values(), Origin.IMPORT, calendar.now());
        List<String> refusedLive = new ArrayList<>();
        List<Stored> replaced = new ArrayList<>();
        List<DossierFacts> updates = new ArrayList<>();
        DailyContributions changes = new DailyContributions();
        for (Stored row : store.lock(byCode.keySet()).values()) {
            DossierFacts facts = byCode.get(row.code());
            if (row.insertedNow()) {
                changes.add(facts, 1);
            } else if (row.origin() == Origin.LIVE && row.facts() != null) {
                refusedLive.add(row.code());
            } else {
                replaced.add(row);
                updates.add(facts);
            }
        }
        tallies.add(changes);
        replace(replaced, updates, Origin.IMPORT, DossierFactsStore.NO_TRANSITION);
        long fromEmptyRows = replaced.stream().filter(row -> row.facts() == null).count();
        int created = byCode.size() - refusedLive.size() - updates.size() + (int) fromEmptyRows;
        return new DossierHistory.Recorded(created, updates.size() - (int) fromEmptyRows, refusedLive);
    }

    public boolean anyImported() {
        return store.anyImported();
    }

    private Stored lockOne(String code) {
        store.ensureRows(List.of(code), calendar.now());
        return store.lock(List.of(code)).get(code);
    }

    private void replace(List<Stored> before, List<DossierFacts> after, Origin origin, int trackingSeq) {
        store.write(after, origin, trackingSeq, calendar.now());
        DailyContributions changes = new DailyContributions();
        before.forEach(row -> changes.add(row.facts(), -1));
        after.forEach(facts -> changes.add(facts, 1));
        tallies.add(changes);
    }

    static DossierFacts withPayment(DossierFacts f, DossierFacts.Payment payment) {
        return new DossierFacts(f.code(), f.unit(), f.procedureCode(), f.channel(), f.applicantType(), f.status(),
                f.timeline(), f.procedure(), f.digitisation(), payment, f.applicantVerified(), f.syncedInTime(),
                f.complainedOrDissatisfied());
    }

    /** The facts, counted in 5.5 also when {@code resultPushed}. */
    static DossierFacts withNationalStore(DossierFacts f, boolean resultPushed) {
        DossierFacts.Digitisation d = f.digitisation();
        return withDigitisation(f, new DossierFacts.Digitisation(d.allComponentsDigitised(),
                d.electronicResultIssued(), d.componentReused(), d.nationalDataStoreUsed() || resultPushed));
    }

    /** The facts with the electronic result issued when the row knows one was, whatever the facts say. */
    static DossierFacts withElectronicResult(DossierFacts f, boolean issued) {
        DossierFacts.Digitisation d = f.digitisation();
        return withDigitisation(f, new DossierFacts.Digitisation(d.allComponentsDigitised(),
                d.electronicResultIssued() || issued, d.componentReused(), d.nationalDataStoreUsed()));
    }

    private static DossierFacts withDigitisation(DossierFacts f, DossierFacts.Digitisation digitisation) {
        return new DossierFacts(f.code(), f.unit(), f.procedureCode(), f.channel(), f.applicantType(), f.status(),
                f.timeline(), f.procedure(), digitisation, f.payment(), f.applicantVerified(), f.syncedInTime(),
                f.complainedOrDissatisfied());
    }

    /** The facts with the applicant verified when the row knows they were, whatever the facts say. */
    static DossierFacts withApplicantVerified(DossierFacts f, boolean verified) {
        return new DossierFacts(f.code(), f.unit(), f.procedureCode(), f.channel(), f.applicantType(), f.status(),
                f.timeline(), f.procedure(), f.digitisation(), f.payment(), f.applicantVerified() || verified,
                f.syncedInTime(), f.complainedOrDissatisfied());
    }

    static DossierFacts withComplaint(DossierFacts f, boolean complained) {
        return new DossierFacts(f.code(), f.unit(), f.procedureCode(), f.channel(), f.applicantType(), f.status(),
                f.timeline(), f.procedure(), f.digitisation(), f.payment(), f.applicantVerified(), f.syncedInTime(),
                complained);
    }
}
