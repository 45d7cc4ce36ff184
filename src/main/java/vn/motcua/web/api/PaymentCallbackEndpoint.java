package vn.motcua.web.api;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.payment.Payments;
import vn.motcua.payment.PlatformMessages;

/**
 * Where the national payment platform posts each transaction's result (JSON, signed with MaXacThuc). The
 * answer is always 200 with the platform's {@code {"MaLoi", "MoTa"}}: 00 taken (a repeat too), else why not.
 */
@RestController
class PaymentCallbackEndpoint {

    private final Payments payments;

    PaymentCallbackEndpoint(Payments payments) {
        this.payments = payments;
    }

    @PostMapping(PlatformMessages.CALLBACK_PATH)
    PlatformMessages.Ack callback(@RequestBody PlatformMessages.Result result) {
        return payments.receiveCallback(result);
    }
}
