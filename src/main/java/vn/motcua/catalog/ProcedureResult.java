package vn.motcua.catalog;

/**
 * Kết quả thực hiện: what the applicant gets.
 *
 * @param document the document issued, null when the source did not state it
 * @param paperOriginalRequired whether the law requires a stamped paper original (no electronic result alone)
 * @param leaderSignsPersonally whether the competent leader signs the result with their personal digital
 *     signature (ký số cá nhân) when approving it, before the unit's seal; otherwise the result is issued
 *     under the unit's seal alone
 */
public record ProcedureResult(String document, boolean paperOriginalRequired, boolean leaderSignsPersonally) {
}
