package vn.motcua.payment.internal;

import java.util.Optional;
import vn.motcua.payment.PlatformMessages;

/**
 * The national payment platform as the province reaches it: orders go in, results are asked for. Every
 * message is signed, and an answer is taken only when its signature holds.
 */
interface PaymentPlatform {

    /** Sends the order (signed here); returns where the payer is sent to pay. */
    String submit(PlatformMessages.Init order);

    /** The platform's signed result for {@code reference}; empty when it knows no such transaction. */
    Optional<PlatformMessages.Result> status(String reference);
}
