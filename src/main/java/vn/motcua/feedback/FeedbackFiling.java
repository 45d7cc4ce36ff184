package vn.motcua.feedback;

/**
 * What a sender types to file feedback or a complaint.
 *
 * @param dossierCode optional: the dossier it is about (checked to exist)
 * @param procedureCode optional: the procedure it is about (checked to exist)
 * @param senderContact optional phone or e-mail
 */
public record FeedbackFiling(FeedbackKind kind, String title, String content, String senderName,
        String senderContact, String dossierCode, String procedureCode) {
}
