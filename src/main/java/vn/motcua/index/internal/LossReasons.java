package vn.motcua.index.internal;

import java.time.Duration;
import java.time.LocalDateTime;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.dossier.Channel;
import vn.motcua.index.Criterion;
import vn.motcua.index.DossierFacts;
import vn.motcua.index.LossReason;
import vn.motcua.index.ProcedureFacts;

/** Why an item loses points on a criterion, in the words a leader acts on. */
public final class LossReasons {

    private static final long WORKING_DAY_MINUTES = 8 * 60;

    private final WorkingCalendar calendar;
    private final ProcedureRules procedureRules;

    public LossReasons(WorkingCalendar calendar, ProcedureRules procedureRules) {
        this.calendar = calendar;
        this.procedureRules = procedureRules;
    }

    /** Why the dossier loses points on the criterion as judged in the window. */
    public LossReason of(DossierFacts d, Criterion criterion, Window window) {
        return switch (criterion) {
            case ON_TIME -> lateness(d, window);
            case DOSSIER_SATISFACTION -> DossierRules.onTimeAsOf(d, window)
                    ? LossReason.of("dissatisfied") : lateness(d, window);
            case DOSSIERS_SYNCED -> LossReason.of("notSynced");
            case FULLY_ONLINE -> d.channel() != Channel.ONLINE
                    ? LossReason.of("notOnline") : LossReason.of("paperResultNotElectronic");
            case DOSSIERS_PAID_ONLINE -> LossReason.of("notPaidOnline", d.payment().feesDueVnd());
            case ELECTRONIC_RESULTS -> LossReason.of("resultNotSigned");
            case DIGITISED_DOSSIERS -> d.digitisation().allComponentsDigitised()
                    ? LossReason.of("resultNotSigned") : LossReason.of("componentsNotDigitised");
            case DATA_REUSE -> LossReason.of("noReuse");
            case DATA_STORE_SYNC -> LossReason.of("noDataStore");
            case POPULATION_DATA_IN_DOSSIERS -> LossReason.of("applicantNotVerified");
            default -> throw new IllegalArgumentException("Not a dossier criterion: " + criterion);
        };
    }

    /** Why the procedure loses points on the criterion. */
    public LossReason of(ProcedureFacts p, Criterion criterion) {
        return switch (criterion) {
            case ANNOUNCED_ON_TIME -> LossReason.of("announcedLate", p.announcedOn(), p.legalBasisEffectiveOn());
            case PUBLISHED_ON_TIME -> p.publishedOn() == null
                    ? LossReason.of("notPublished", procedureRules.publicationDue(p))
                    : LossReason.of("publishedLate", p.publishedOn(), procedureRules.publicationDue(p));
            case FULL_CONTENT -> LossReason.of("partsMissing");
            case PROCEDURES_PAID_ONLINE -> LossReason.of("noOnlinePayment");
            case PAYMENT_INTEGRATED -> LossReason.of("paymentNotIntegrated");
            case POPULATION_DATA_IN_PROCEDURES -> LossReason.of("populationDbNotConnected");
            default -> throw new IllegalArgumentException("Not a procedure criterion: " + criterion);
        };
    }

    /** Late by rule (two supplement requests, an apology) or by so many working days. */
    private LossReason lateness(DossierFacts d, Window window) {
        DossierFacts.Timeline t = d.timeline();
        if (t.supplementRequests() > 1) {
            return LossReason.of("supplementedTwice", t.supplementRequests());
        }
        if (t.apologised()) {
            return LossReason.of("apologised");
        }
        LocalDateTime judged = window.happenedBy(t.finishedAt()) ? t.finishedAt() : window.asOf();
        Duration late = t.appointment() != null
                ? calendar.workingTimeBetween(t.appointment(), judged) : t.workedTime().minus(t.timeLimit());
        long days = Math.max(1, (late.toMinutes() + WORKING_DAY_MINUTES - 1) / WORKING_DAY_MINUTES);
        return LossReason.of("late", days);
    }
}
