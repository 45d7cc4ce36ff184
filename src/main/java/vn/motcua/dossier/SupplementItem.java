package vn.motcua.dossier;

/**
 * One thing the applicant must add or correct (nội dung yêu cầu bổ sung).
 *
 * @param name the component or information concerned
 * @param reason what is missing or wrong
 */
public record SupplementItem(String name, String reason) {
}
