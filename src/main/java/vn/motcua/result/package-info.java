/**
 * Result documents (tài liệu kết quả): PDF rendering of the papers an applicant receives about a
 * dossier — receipt, supplement request, refusal, apology, tracking sheet; signatures, verification
 * and electronic copy certification come later.
 *
 * <p>Public face: {@link vn.motcua.result.ApplicantDocuments} renders an
 * {@link vn.motcua.result.ApplicantDocument} (one record per paper) in Vietnamese or English.
 *
 * <p>Design choices: the documents are Thymeleaf templates ({@code templates/pdf/}) rendered by the
 * application's own template engine, so labels come from the message bundle {@code i18n/result} like
 * any page, then laid out by openhtmltopdf. The records carry values already decided by the dossier
 * module (appointment, outcome of each step): this module formats and never computes, so a paper
 * always says what the dossier recorded. DejaVu Sans is embedded because the PDF base fonts lack
 * Vietnamese letters; the QR code is drawn from ZXing's bit matrix, which keeps it sharp at any size.
 */
package vn.motcua.result;
