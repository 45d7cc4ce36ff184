package vn.motcua.index.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import vn.motcua.index.Criterion;
import vn.motcua.index.DossierFacts;
import vn.motcua.index.Tallies;

/**
 * What dossiers add to the daily tallies, whatever period is asked later: the day a dossier entered
 * handling, the day its result came out and the day it finished each carry the part of its tallies
 * that no longer depends on the moment the index is computed. Summed with a sign, so a change of
 * facts is recorded as its difference.
 */
final class DailyContributions {

    record Key(LocalDate day, String unit, Criterion criterion) {
    }

    record PaymentKey(LocalDate day, String unit, String procedureCode) {
    }

    private static final Comparator<Key> KEY_ORDER = Comparator.comparing(Key::day).thenComparing(Key::unit)
            .thenComparing(Key::criterion);
    private static final Comparator<PaymentKey> PAYMENT_ORDER = Comparator.comparing(PaymentKey::day)
            .thenComparing(PaymentKey::unit).thenComparing(PaymentKey::procedureCode);

    /** Numerator and denominator differences per key, in the order rows are locked (no deadlocks). */
    final Map<Key, long[]> tallies = new TreeMap<>(KEY_ORDER);
    /** Dossiers paid online per procedure and day of entry (4.2). */
    final Map<PaymentKey, Long> payments = new TreeMap<>(PAYMENT_ORDER);

    /** Adds ({@code sign} 1) or removes ({@code sign} −1) what one dossier contributes. */
    void add(DossierFacts dossier, int sign) {
        if (dossier == null || !DossierRules.counted(dossier)) {
            return;
        }
        DossierFacts.Timeline timeline = dossier.timeline();
        LocalDateTime entered = DossierRules.enteredAt(dossier);
        add(dossier.unit(), entered.toLocalDate(), DossierRules.onEntry(dossier), sign);
        if (timeline.resultAt() != null) {
            add(dossier.unit(), timeline.resultAt().toLocalDate(), DossierRules.onResult(dossier), sign);
        }
        if (timeline.finishedAt() != null) {
            add(dossier.unit(), timeline.finishedAt().toLocalDate(),
                    DossierRules.asHandled(dossier, DossierRules.finishedOnTime(dossier)), sign);
        }
        if (dossier.payment().paidOnline()) {
            payments.merge(new PaymentKey(entered.toLocalDate(), dossier.unit(), dossier.procedureCode()),
                    (long) sign, Long::sum);
        }
    }

    private void add(String unit, LocalDate day, Tallies contribution, int sign) {
        contribution.counted().forEach((criterion, tally) -> {
            long[] sum = tallies.computeIfAbsent(new Key(day, unit, criterion), k -> new long[2]);
            sum[0] += sign * tally.numerator();
            sum[1] += sign * tally.denominator();
        });
    }
}
