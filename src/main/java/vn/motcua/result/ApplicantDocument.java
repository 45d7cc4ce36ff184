package vn.motcua.result;

/**
 * Tài liệu gửi người nộp hồ sơ: a paper the applicant receives about a dossier, rendered by
 * {@link ApplicantDocuments}.
 */
public sealed interface ApplicantDocument permits Receipt, SupplementRequest, Refusal, Apology, TrackingSheet {

    /** What every paper states: who issues it, about which dossier, to whom. */
    DocumentHeader header();
}
