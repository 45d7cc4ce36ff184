/**
 * The public postal service (dịch vụ bưu chính công ích, VNPost; DOMAIN.md channel 3, DOCUMENTS.md): the post
 * collects a dossier's papers from the applicant (thu gom hồ sơ), delivers the result (phát kết quả), or both.
 *
 * <p>How: the citizen's choice with an address, province and commune codes and a phone is a
 * {@link vn.motcua.delivery.PostRequest} ({@link vn.motcua.delivery.Deliveries#request}). A pick-up is ordered
 * at once; a result is ordered when reception returns it by post: {@code internal.ReturnByPost} takes part in
 * the dossier's own {@code RETURN_RESULT} transition and writes the order in that transaction, with the fees
 * still unpaid as COD. Orders are written to {@code delivery_order} first (an outbox) and sent by
 * {@code internal.OrderSender} on any node ({@code FOR UPDATE SKIP LOCKED}), retried with a doubling wait;
 * the order number is the idempotency key, so a retry after a lost answer never makes a second parcel.
 * VNPost's status updates arrive by signed callback ({@link vn.motcua.delivery.Deliveries#receive}, HMAC-SHA256
 * of the body) and by polling ({@code internal.StatusPoller}, one node at a time through
 * {@link vn.motcua.platform.NodeLeases}); both go through {@link vn.motcua.delivery.DeliveryStateMachine}, so a
 * late, repeated or out-of-order update changes nothing.
 *
 * <p>Public face: {@link vn.motcua.delivery.PostalService} (the adapter), {@link vn.motcua.delivery.VnPostSimulator}
 * (VNPost on this server, wired unless {@code motcua.post.url} is set), {@link vn.motcua.delivery.Deliveries}.
 * It depends on {@code dossier} (the transition it takes part in), {@code payment} (fees unpaid: the COD),
 * {@code organization} (the units' postal addresses) and {@code platform}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Delivery by post")
package vn.motcua.delivery;
