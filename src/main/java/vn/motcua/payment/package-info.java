/**
 * Payment (phí, lệ phí và nghĩa vụ tài chính): the fees of each dossier — those its procedure version
 * states, recorded when it is created, and the amounts an officer requires when the result waits for a
 * financial obligation (DOMAIN.md §7). Online payment through the national platform comes later; today
 * the module records what is due, and an officer or the payment platform records that it was paid (the
 * dossier's RECORD_PAYMENT row).
 *
 * <p>Public face: {@link vn.motcua.payment.DossierFees} (a dossier's fees) and the event
 * {@link vn.motcua.payment.FeesDue}. The module takes part in the dossier's transitions as a
 * {@link vn.motcua.dossier.TransitionParticipant}: the fees are written in the transition's own
 * transaction, and a required amount that is not a positive number with its description refuses the
 * transition.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Payment")
package vn.motcua.payment;
