package vn.motcua.catalog;

/**
 * Thành phần hồ sơ: one document the applicant hands in.
 *
 * @param name what the document is
 * @param originals number of originals (bản chính)
 * @param copies number of copies (bản sao)
 * @param formTemplate name of the form template (mẫu đơn, tờ khai), null when there is none
 * @param mustDigitise whether reception must scan it into the dossier (số hóa)
 * @param conditional whether it is needed only in some cases ("nếu có", "trường hợp…"): only such a
 *     component may be marked "not applicable" (không áp dụng); the others are required (bắt buộc)
 */
public record DossierComponent(String name, int originals, int copies, String formTemplate, boolean mustDigitise,
        boolean conditional) {

    public boolean required() {
        return !conditional;
    }
}
