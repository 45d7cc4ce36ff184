package vn.motcua.payment;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One reconciliation of a day (lần đối soát).
 *
 * @param day the day reconciled
 * @param startedAt when it ran
 * @param startedBy the administrator who asked for it, or {@code system} for the daily job
 * @param ourCount the province's successful online payments of the day
 * @param platformCount the lines of the platform's settlement report that say paid
 * @param differences the differences it found (new or found before)
 */
public record ReconciliationRun(LocalDate day, Instant startedAt, String startedBy, int ourCount,
        int platformCount, int differences) {
}
