package vn.motcua.catalog;

/**
 * Kết quả thực hiện: what the applicant gets.
 *
 * @param document the document issued, null when the source did not state it
 * @param paperOriginalRequired whether the law requires a stamped paper original (no electronic result alone)
 */
public record ProcedureResult(String document, boolean paperOriginalRequired) {
}
