package vn.motcua.web.portal.feedback;

import vn.motcua.feedback.FeedbackFiling;
import vn.motcua.feedback.FeedbackKind;

/** The filing form as typed. */
record FeedbackForm(FeedbackKind kind, String title, String content, String senderName, String senderContact,
        String dossierCode, String procedureCode) {

    static FeedbackForm blank(String dossierCode, String procedureCode) {
        return new FeedbackForm(FeedbackKind.FEEDBACK, "", "", "", "", dossierCode, procedureCode);
    }

    FeedbackFiling filing() {
        return new FeedbackFiling(kind, title, content, senderName, senderContact, dossierCode, procedureCode);
    }
}
