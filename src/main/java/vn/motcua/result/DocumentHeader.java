package vn.motcua.result;

import java.time.LocalDateTime;

/**
 * The part every paper about a dossier shares: the issuing unit, the dossier, the applicant and the
 * officer who signs.
 *
 * @param unitName the issuing unit (đơn vị), as printed under its heading
 * @param dossierCode mã hồ sơ, printed and encoded in the QR code's link
 * @param trackingUrl the public page where the applicant follows the dossier; the QR code encodes it
 * @param issuedAt when the paper is issued (ngày ban hành), local time in Asia/Ho_Chi_Minh
 * @param officer who signs the paper
 * @param applicant người nộp hồ sơ
 * @param procedure the procedure the dossier asks for (nội dung yêu cầu giải quyết)
 */
public record DocumentHeader(String unitName, String dossierCode, String trackingUrl, LocalDateTime issuedAt,
        Officer officer, Applicant applicant, Procedure procedure) {

    /**
     * Cán bộ ký phiếu.
     *
     * @param name full name, printed under the signature
     * @param title the officer's position, printed above it, e.g. "Công chức tiếp nhận hồ sơ"
     */
    public record Officer(String name, String title) {
    }

    /**
     * Người nộp hồ sơ.
     *
     * @param name full name with diacritics
     * @param idNumber số định danh cá nhân, or the organisation's tax/registration code
     * @param address address as declared
     * @param phone phone number; null when none was given
     */
    public record Applicant(String name, String idNumber, String address, String phone) {
    }

    /**
     * Thủ tục hành chính the dossier asks for.
     *
     * @param code the national procedure code, e.g. 1.001193
     * @param name the procedure's name
     */
    public record Procedure(String code, String name) {
    }
}
