/**
 * Verification (xác thực) of signed PDFs, by anyone: every signature of a file is validated with EU DSS
 * against the province's trusted roots, with revocation fetched online, and answered as a plain result
 * that a citizen can read, plus DSS's own reports for those who want the detail.
 *
 * <p>Public face: {@link vn.motcua.verification.SignatureVerifier} validates an uploaded PDF;
 * {@link vn.motcua.verification.PublishedResults} checks a result the province issued, by its code (what
 * the QR code on the result opens); {@link vn.motcua.verification.VerificationReports} keeps DSS's reports
 * for a while so a page can link to them.
 *
 * <p>Design choices: trust is a directory ({@code motcua.pki.trusted-roots-dir}): every {@code *.crt} or
 * {@code *.pem} there is a trust anchor, re-read when the directory changes, so an administrator (or the
 * demo PKI) adds a root without a restart. Revocation data is fetched with short timeouts over HTTP(S)
 * only; when it cannot be reached the answer says "unknown", never an error. Limits on file size, pages
 * and signatures keep one upload from holding a core for long.
 */
package vn.motcua.verification;
