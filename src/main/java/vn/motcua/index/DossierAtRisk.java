package vn.motcua.index;

import java.time.LocalDateTime;

/**
 * Hồ sơ sắp quá hạn: an open dossier that turns late soon.
 *
 * @param code dossier code
 * @param lateAfter its last on-time moment (the appointment, or where the procedure's limit runs out)
 */
public record DossierAtRisk(String code, LocalDateTime lateAfter) {
}
