package vn.motcua.delivery;

/**
 * An order to VNPost (INTEGRATION.md): {@code CustomerCode}, {@code OrderNumber}, {@code CODAmount}, sender,
 * receiver, description.
 *
 * @param customerCode the province's customer code at VNPost
 * @param orderNumber the province's number for the order: VNPost keeps one parcel per number
 * @param codVnd tiền thu hộ: what the postal worker collects on delivery (fees still unpaid), in đồng
 * @param sender who hands the parcel over
 * @param receiver who receives it
 * @param description what the parcel holds
 */
public record PostalOrder(String customerCode, String orderNumber, long codVnd, PostalParty sender,
        PostalParty receiver, String description) {
}
