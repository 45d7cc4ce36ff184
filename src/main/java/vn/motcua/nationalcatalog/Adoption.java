package vn.motcua.nationalcatalog;

/**
 * The province's announcement decision (quyết định công bố) that adopts a national change, as the administrator
 * types it; the catalog checks it as any version's decision (a new number, dates, effective not before signed).
 *
 * @param decisionNumber e.g. {@code 1234/QĐ-UBND}
 * @param decisionSignedOn ngày ký (ISO or dd/mm/yyyy)
 * @param decisionEffectiveFrom ngày có hiệu lực
 * @param legalBasis căn cứ pháp lý; blank keeps the current version's
 */
public record Adoption(String decisionNumber, String decisionSignedOn, String decisionEffectiveFrom,
        String legalBasis) {
}
