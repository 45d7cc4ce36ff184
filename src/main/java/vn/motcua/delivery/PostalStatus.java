package vn.motcua.delivery;

import java.time.Instant;

/**
 * VNPost's word about an order, by callback or tracking.
 *
 * @param orderNumber the province's order number
 * @param itemCode the tracking number (ItemCode)
 * @param statusCode VNPost's status code ({@link DeliveryState#postCode()})
 * @param message VNPost's message
 * @param at when it happened at VNPost
 */
public record PostalStatus(String orderNumber, String itemCode, int statusCode, String message, Instant at) {
}
