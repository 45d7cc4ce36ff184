package vn.motcua.catalog;

/**
 * Thành phần hồ sơ: one document the applicant hands in.
 *
 * @param name what the document is
 * @param originals number of originals (bản chính)
 * @param copies number of copies (bản sao)
 * @param formTemplate name of the form template (mẫu đơn, tờ khai), null when there is none
 * @param mustDigitise whether reception must scan it into the dossier (số hóa)
 */
public record DossierComponent(String name, int originals, int copies, String formTemplate, boolean mustDigitise) {
}
