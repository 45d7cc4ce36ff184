package vn.motcua.index.internal;

import static vn.motcua.index.Criterion.ANNOUNCED_ON_TIME;
import static vn.motcua.index.Criterion.FULL_CONTENT;
import static vn.motcua.index.Criterion.PAYMENT_INTEGRATED;
import static vn.motcua.index.Criterion.POPULATION_DATA_IN_PROCEDURES;
import static vn.motcua.index.Criterion.PROCEDURES_PAID_ONLINE;
import static vn.motcua.index.Criterion.PUBLISHED_ON_TIME;

import java.time.LocalDate;
import vn.motcua.index.IndexSettings;
import vn.motcua.index.ProcedureFacts;
import vn.motcua.index.Tallies;
import vn.motcua.index.Tally;

/** Which procedure counts where: the procedure-based criteria (1.1, 1.2, 1.3, 4.2, 4.3, 5.7). */
public final class ProcedureRules {

    private final IndexSettings settings;
    private final WorkingDays workingDays;

    public ProcedureRules(IndexSettings settings, WorkingDays workingDays) {
        this.settings = settings;
        this.workingDays = workingDays;
    }

    /** The tallies one procedure version adds to its unit's index for the window. */
    public Tallies classify(ProcedureFacts procedure, Window window) {
        return announcement(procedure, window).plus(whileInForce(procedure, window));
    }

    /** What a version's announcement counts: 1.1 and 1.2, once per announcement decision. */
    public Tallies announcement(ProcedureFacts procedure, Window window) {
        Tallies tallies = Tallies.empty();
        if (announcedIn(procedure, window)) {
            tallies = tallies.plus(ANNOUNCED_ON_TIME, Tally.one(announcedOnTime(procedure)));
        }
        if (dueForPublicationIn(procedure, window)) {
            tallies = tallies.plus(PUBLISHED_ON_TIME, Tally.one(publishedOnTime(procedure)));
        }
        return tallies;
    }

    /**
     * What a procedure in force counts: 1.3, 4.2, 4.3, 5.7. A procedure counts once per unit, so
     * the caller passes only its latest version in force during the period.
     */
    public Tallies whileInForce(ProcedureFacts procedure, Window window) {
        Tallies tallies = Tallies.empty();
        if (inForceDuring(procedure, window)) {
            tallies = tallies.plus(FULL_CONTENT, Tally.one(procedure.allSevenParts()));
            if (procedure.hasFee()) {
                tallies = tallies.plus(PROCEDURES_PAID_ONLINE, Tally.one(procedure.hadOnlinePayment()))
                        .plus(PAYMENT_INTEGRATED, Tally.one(procedure.paymentIntegrated()));
            }
            if (procedure.forCitizens()) {
                tallies = tallies.plus(POPULATION_DATA_IN_PROCEDURES, Tally.one(procedure.populationDbConnected()));
            }
        }
        return tallies;
    }

    /**
     * "Announced in the period" (1.1): the decision is dated in it (up to today). A procedure whose
     * legal basis has no known effective date cannot be judged and is left out.
     */
    public boolean announcedIn(ProcedureFacts procedure, Window window) {
        return procedure.legalBasisEffectiveOn() != null && window.includes(procedure.announcedOn());
    }

    /** Dated at least the lead (5) working days before the legal basis takes effect. */
    public boolean announcedOnTime(ProcedureFacts procedure) {
        LocalDate latest = workingDays.before(procedure.legalBasisEffectiveOn(), settings.announcementLeadWorkingDays());
        return !procedure.announcedOn().isAfter(latest);
    }

    /** The last day to publish on the national catalog: the 5th working day after the decision. */
    public LocalDate publicationDue(ProcedureFacts procedure) {
        return workingDays.after(procedure.announcedOn(), settings.publicationWorkingDays());
    }

    /**
     * "Due for publication in the period" (1.2): its last day to publish lies in the period, and
     * either it has been published or that day is over. One still within its days and unpublished
     * is not counted yet.
     */
    public boolean dueForPublicationIn(ProcedureFacts procedure, Window window) {
        LocalDate due = publicationDue(procedure);
        return window.spans(due) && (window.dayReached(procedure.publishedOn()) || window.dayOver(due));
    }

    public boolean publishedOnTime(ProcedureFacts procedure) {
        return procedure.publishedOn() != null && !procedure.publishedOn().isAfter(publicationDue(procedure));
    }

    /**
     * "Published procedures" (1.3, 4.2, 4.3, 5.7): on the national catalog by the end of the period
     * (and by today), and not retired before it started.
     */
    public boolean inForceDuring(ProcedureFacts procedure, Window window) {
        return window.dayReached(procedure.publishedOn())
                && (procedure.retiredOn() == null || !procedure.retiredOn().isBefore(window.period().from()));
    }
}
