package vn.motcua.dossier;

import java.time.Instant;

/**
 * Hồ sơ nháp: an online submission in progress, saved after every page of the portal's wizard.
 *
 * @param id random and unguessable: whoever holds it holds the draft (the browser keeps it in a cookie)
 * @param procedureCode the procedure applied for
 * @param answers what was typed so far
 * @param dossierCode the dossier it became, null until submitted; a submitted draft no longer changes
 * @param updatedAt the last save, or the submission
 * @param expiresAt when it is forgotten: {@link DossierDrafts#LIFETIME} after the last save
 */
public record DossierDraft(String id, String procedureCode, DraftAnswers answers, String dossierCode,
        Instant updatedAt, Instant expiresAt) {

    public boolean submitted() {
        return dossierCode != null;
    }

    DossierDraft with(DraftAnswers newAnswers, Instant now) {
        return new DossierDraft(id, procedureCode, newAnswers, dossierCode, now, now.plus(DossierDrafts.LIFETIME));
    }

    DossierDraft submittedAs(String code, Instant now) {
        return new DossierDraft(id, procedureCode, answers, code, now, now.plus(DossierDrafts.LIFETIME));
    }
}
