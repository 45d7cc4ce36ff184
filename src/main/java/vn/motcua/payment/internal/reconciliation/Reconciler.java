package vn.motcua.payment.internal.reconciliation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.organization.ProvinceCalendar;
import vn.motcua.payment.PaymentView;
import vn.motcua.payment.Payments;
import vn.motcua.payment.ReconciliationDifference;
import vn.motcua.payment.ReconciliationRun;
import vn.motcua.platform.InputLimits;
import vn.motcua.platform.NotFoundException;
import vn.motcua.platform.Problems;
import vn.motcua.platform.UserInputException;

/**
 * Runs a day's reconciliation: the platform's report is read first, outside any transaction (an HTTP call
 * holds no database connection), then the province's online successes of the day are read, compared and
 * every difference kept with the run, in one transaction. Counter payments are not on the platform's report
 * and are left out.
 */
@Component
public class Reconciler {

    private final SettlementReport report;
    private final Payments payments;
    private final ReconciliationStore store;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ZoneId zone;

    Reconciler(SettlementReport report, Payments payments, ReconciliationStore store, TransactionTemplate transactions,
            Clock clock, ProvinceCalendar calendar) {
        this.report = report;
        this.payments = payments;
        this.store = store;
        this.transactions = transactions;
        this.clock = clock;
        this.zone = calendar.calendar().workingHours().zone();
    }

    public ReconciliationRun run(LocalDate day, String by) {
        new Problems().when(day == null || !day.isBefore(today()), "day", "reconciliation.day.notOver").throwIfAny();
        List<Transaction> platform = report.paidOn(day);
        return transactions.execute(tx -> {
            List<Transaction> ours = payments.succeededOn(day).stream().filter(p -> p.channel().online())
                    .map(Reconciler::transaction).toList();
            List<Difference> differences = ReconciliationRules.compare(ours, platform);
            Instant now = clock.instant();
            differences.forEach(d -> store.keep(day, d, now));
            ReconciliationRun run = new ReconciliationRun(day, now, by, ours.size(), platform.size(),
                    differences.size());
            store.insertRun(run);
            return run;
        });
    }

    public ReconciliationDifference resolve(long id, String administrator, String note) {
        String text = note == null ? "" : note.strip();
        Problems problems = new Problems().when(text.isEmpty(), "note", "reconciliation.note.required");
        InputLimits.multiline(problems, "note", text, InputLimits.REASON).throwIfAny();
        ReconciliationDifference difference = store.find(id)
                .orElseThrow(() -> new NotFoundException("reconciliation.notFound", id));
        if (!store.resolve(id, administrator, clock.instant(), text)) {
            throw new UserInputException("note", "reconciliation.alreadyResolved", difference.resolvedBy());
        }
        return store.find(id).orElseThrow();
    }

    /** The province's day before today: the last one the platform can have reported in full. */
    LocalDate yesterday() {
        return today().minusDays(1);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    private static Transaction transaction(PaymentView p) {
        return new Transaction(p.reference(), p.dossierCode(), p.amountVnd(), p.accountNumber(), p.bankCode());
    }
}
