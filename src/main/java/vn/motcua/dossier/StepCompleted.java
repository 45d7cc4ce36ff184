package vn.motcua.dossier;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * A step of the internal process was finished and the dossier handed over.
 *
 * @param code dossier code
 * @param step position of the finished step, from 1
 * @param stepName its name
 * @param unit the unit that did it
 * @param officer who finished it
 * @param completedAt when
 * @param deadline its deadline (local)
 * @param outcome early, on time or late
 */
public record StepCompleted(String code, int step, String stepName, String unit, String officer, Instant completedAt,
        LocalDateTime deadline, TrackingEntry.Outcome outcome) {
}
