package vn.motcua.web.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.delivery.Deliveries;
import vn.motcua.delivery.PostalSignature;

/**
 * VNPost's status callback ({@link Deliveries#CALLBACK_PATH}): a JSON status signed in header
 * {@link PostalSignature#HEADER}. 200 when taken (a duplicate or a late update too: it changes nothing);
 * 401 without a right signature; 400 for a body over {@link Deliveries#CALLBACK_MAX_BYTES} bytes or a status
 * VNPost does not send; 404 for an order the province never made.
 */
@RestController
class PostCallbackController {

    private final Deliveries deliveries;

    PostCallbackController(Deliveries deliveries) {
        this.deliveries = deliveries;
    }

    @PostMapping(Deliveries.CALLBACK_PATH)
    ResponseEntity<String> callback(@RequestBody(required = false) byte[] body,
            @RequestHeader(name = PostalSignature.HEADER, required = false) String signature) {
        if (body != null && body.length > Deliveries.CALLBACK_MAX_BYTES) {
            return ResponseEntity.badRequest().body("Nội dung quá " + Deliveries.CALLBACK_MAX_BYTES + " byte");
        }
        return switch (deliveries.receive(body, signature)) {
            case TAKEN -> ResponseEntity.ok("OK");
            case BAD_SIGNATURE -> ResponseEntity.status(HttpStatus.UNAUTHORIZED).body("Chữ ký không hợp lệ");
            case MALFORMED -> ResponseEntity.badRequest().body("Thông báo trạng thái không hợp lệ");
            case UNKNOWN_ORDER -> ResponseEntity.status(HttpStatus.NOT_FOUND).body("Không có đơn hàng này");
        };
    }
}
