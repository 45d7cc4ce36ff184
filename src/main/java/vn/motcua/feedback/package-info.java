/**
 * Feedback: the applicant's satisfaction rating (đánh giá mức độ hài lòng) of a returned dossier, and
 * feedback and complaints (phản ánh, kiến nghị).
 *
 * <p>Public face: {@link vn.motcua.feedback.Ratings} (rate once, read), {@link vn.motcua.feedback.Rating},
 * {@link vn.motcua.feedback.Satisfaction} and the event {@link vn.motcua.feedback.DossierRated};
 * {@link vn.motcua.feedback.FeedbackItems} (file, follow, handle, rate, re-file, published answers, the
 * index's read), {@link vn.motcua.feedback.FeedbackStateMachine} (the one table of an item's life),
 * {@link vn.motcua.feedback.FeedbackDeadlines} (limits on the working calendar),
 * {@link vn.motcua.feedback.PersonalDataMask}, {@link vn.motcua.feedback.FeedbackImport} (the national
 * portal's items) and the event {@link vn.motcua.feedback.DossierComplainedAbout}.
 *
 * <p>Why an event for ratings and complaints about dossiers: the Decision 766 index counts them per
 * dossier (6.3) in its own facts; it listens instead of being called, as it does for dossiers. 6.1 and
 * 6.2 are per item, and the index reads the items live (like 5.3's register), so the unit's list and the
 * index always agree. The rating keeps the competent unit and procedure it was given for, so the index
 * needs no dossier look-up.
 *
 * <p>Why the secret is kept hashed: the tracking code is printed and shared; the secret alone proves the
 * sender, and a database copy must not give it away.
 */
package vn.motcua.feedback;
