package vn.motcua.payment.internal.reconciliation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.payment.DifferenceKind;

/**
 * Đối soát: the rules that compare one day's successful payments of the province with the platform's
 * settlement report, paired by reference. Pure: the same two lists always give the same differences, in
 * the order of their references.
 *
 * <ul>
 * <li>ours without the platform's: missing on the platform's side (it never settled the money);</li>
 * <li>the platform's without ours: missing on our side; so is a second settlement line for a reference
 * (money moved twice for one payment);</li>
 * <li>both, with other amounts: amount mismatch; with another beneficiary account or bank: account
 * mismatch; a pair can have both.</li>
 * </ul>
 */
final class ReconciliationRules {

    private ReconciliationRules() {
    }

    static List<Difference> compare(List<Transaction> ours, List<Transaction> platform) {
        Map<String, Transaction> ourByReference = byReference(ours);
        Map<String, Transaction> settled = new LinkedHashMap<>();
        List<Difference> found = new ArrayList<>();
        for (Transaction line : platform) {
            if (settled.putIfAbsent(line.reference(), line) != null || !ourByReference.containsKey(line.reference())) {
                found.add(new Difference(DifferenceKind.MISSING_ON_OUR_SIDE, line.reference(), null, line));
            }
        }
        for (Transaction payment : ourByReference.values()) {
            Transaction line = settled.get(payment.reference());
            if (line == null) {
                found.add(new Difference(DifferenceKind.MISSING_ON_PLATFORM, payment.reference(), payment, null));
                continue;
            }
            if (line.amountVnd() != payment.amountVnd()) {
                found.add(new Difference(DifferenceKind.AMOUNT_MISMATCH, payment.reference(), payment, line));
            }
            if (!line.beneficiary().equals(payment.beneficiary())) {
                found.add(new Difference(DifferenceKind.ACCOUNT_MISMATCH, payment.reference(), payment, line));
            }
        }
        found.sort(Comparator.comparing(Difference::reference).thenComparing(Difference::kind));
        return found;
    }

    /** The province records at most one success per reference (attempts are unique), in its own order. */
    private static Map<String, Transaction> byReference(List<Transaction> ours) {
        Map<String, Transaction> map = new LinkedHashMap<>();
        ours.forEach(t -> map.putIfAbsent(t.reference(), t));
        return map;
    }
}
