package vn.motcua.delivery;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * VNPost's messages on the wire, JSON with its field names, used by the adapter, the simulator and the
 * callback alike: an order ({@code POST {url}/orders}), its answer, and a status (the tracking answer of
 * {@code GET {url}/orders/{OrderNumber}} and the callback's body).
 */
public final class PostalMessages {

    private PostalMessages() {
    }

    /** A sender or receiver. */
    public record Party(@JsonProperty("Name") String name, @JsonProperty("Phone") String phone,
            @JsonProperty("Address") String address, @JsonProperty("ProvinceCode") String provinceCode,
            @JsonProperty("CommuneCode") String communeCode) {

        public static Party of(PostalParty p) {
            return new Party(p.name(), p.phone(), p.address(), p.provinceCode(), p.communeCode());
        }

        public PostalParty party() {
            return new PostalParty(name, phone, address, provinceCode, communeCode);
        }
    }

    /** {@code POST {url}/orders}. */
    public record Order(@JsonProperty("CustomerCode") String customerCode,
            @JsonProperty("OrderNumber") String orderNumber, @JsonProperty("CODAmount") long codAmount,
            @JsonProperty("Sender") Party sender, @JsonProperty("Receiver") Party receiver,
            @JsonProperty("Description") String description) {

        public static Order of(PostalOrder o) {
            return new Order(o.customerCode(), o.orderNumber(), o.codVnd(), Party.of(o.sender()),
                    Party.of(o.receiver()), o.description());
        }

        public PostalOrder order() {
            return new PostalOrder(customerCode, orderNumber, codAmount, sender.party(), receiver.party(), description);
        }
    }

    /** The answer to an order: the tracking number and the postage. */
    public record OrderAnswer(@JsonProperty("ItemCode") String itemCode, @JsonProperty("TotalFee") long totalFee) {
    }

    /** A status, as tracking answers and as the callback sends it. */
    public record Status(@JsonProperty("OrderNumber") String orderNumber, @JsonProperty("ItemCode") String itemCode,
            @JsonProperty("StatusCode") Integer statusCode, @JsonProperty("Message") String message,
            @JsonProperty("Time") Instant time) {

        public static Status of(PostalStatus s) {
            return new Status(s.orderNumber(), s.itemCode(), s.statusCode(), s.message(), s.at());
        }

        public PostalStatus status() {
            return new PostalStatus(orderNumber, itemCode, statusCode, message, time);
        }
    }
}
