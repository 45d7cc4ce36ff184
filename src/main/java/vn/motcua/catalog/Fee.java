package vn.motcua.catalog;

/**
 * Phí, lệ phí: one charge of a procedure.
 *
 * @param name the charge as published
 * @param amountVnd amount in VND; null when the amount is set elsewhere, usually "theo quy định của
 *     HĐND cấp tỉnh"
 * @param note the formula, exemptions, other currencies
 */
public record Fee(String name, Long amountVnd, String note) {
}
