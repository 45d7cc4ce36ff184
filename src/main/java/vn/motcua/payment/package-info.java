/**
 * Payment (phí, lệ phí và nghĩa vụ tài chính): the fees of each dossier — those its procedure version
 * states, recorded when it is created, and the amounts an officer requires when the result waits for a
 * financial obligation (DOMAIN.md §7) — and their payment without cash: online through the national
 * payment platform, or at the counter by VietQR transfer or card.
 *
 * <p>Public face: {@link vn.motcua.payment.DossierFees} (a dossier's fees), {@link vn.motcua.payment.Payments}
 * (start an online payment, the platform's callback, the status on the payer's return, counter payments,
 * refunds, a day's successes for reconciliation), {@link vn.motcua.payment.CollectionAccounts} (each
 * unit's collection account), the attempt's table {@link vn.motcua.payment.PaymentStateMachine}
 * (docs/payment-states.md), the platform's wire messages {@link vn.motcua.payment.PlatformMessages} with
 * {@link vn.motcua.payment.PlatformSignature} (docs/payment-platform.md), the demo's
 * {@link vn.motcua.payment.PaymentPlatformSimulator}, and the events {@link vn.motcua.payment.FeesDue},
 * {@link vn.motcua.payment.PaymentSucceeded} (once per attempt that paid a fee) and
 * {@link vn.motcua.payment.PaymentOverpaid} (a success for fees already paid: flagged for refund).
 *
 * <p>The module takes part in the dossier's transitions as a {@link vn.motcua.dossier.TransitionParticipant}:
 * the fees are written in the transition's own transaction, and a required amount that is not a positive
 * number with its description refuses the transition. A fee is paid once ({@code fee_payment}'s key); when
 * a payment leaves a dossier in status 6 owing nothing, a module listener moves it on
 * ({@code RECORD_PAYMENT} through {@code DossierHandling.handleOnce}, keyed by the payment's reference). A
 * scheduled mop-up, on one node ({@code NodeLeases}), settles attempts whose callback never came.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Payment")
package vn.motcua.payment;
