/**
 * Feedback: the applicant's satisfaction rating (đánh giá mức độ hài lòng) of a returned dossier;
 * feedback and complaints (phản ánh, kiến nghị) will join it.
 *
 * <p>Public face: {@link vn.motcua.feedback.Ratings} (rate once, read), {@link vn.motcua.feedback.Rating},
 * {@link vn.motcua.feedback.Satisfaction} and the event {@link vn.motcua.feedback.DossierRated}.
 *
 * <p>Why an event: the Decision 766 index counts dissatisfied ratings (criterion 6.3) per unit; it
 * listens instead of being called, as it does for dossiers. The rating keeps the competent unit and
 * procedure it was given for, so the index needs no dossier look-up.
 */
package vn.motcua.feedback;
