package vn.motcua.payment.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.Actor;
import vn.motcua.dossier.DossierCommand;
import vn.motcua.dossier.DossierHandling;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.payment.PaymentChannel;
import vn.motcua.payment.PaymentSucceeded;

/**
 * When a payment leaves a dossier that waits for its financial obligation (status 6) owing nothing, the
 * dossier moves on by itself: {@code RECORD_PAYMENT} by the channel's system, keyed by the payment's
 * reference, so a redelivered event acts once. The listener runs after the payment's commit, through Spring
 * Modulith's persisted registry: a failure is retried, and the dossier never waits on a lost callback.
 */
@Component
class DossierSettlement {

    private final DossierQueries dossiers;
    private final DossierHandling handling;
    private final PaymentDesk desk;

    DossierSettlement(DossierQueries dossiers, DossierHandling handling, PaymentDesk desk) {
        this.dossiers = dossiers;
        this.handling = handling;
        this.desk = desk;
    }

    @ApplicationModuleListener
    void on(PaymentSucceeded paid) {
        boolean waiting = dossiers.find(paid.dossierCode())
                .map(d -> d.status() == DossierStatus.FINANCIAL_OBLIGATION).orElse(false);
        if (waiting && desk.outstandingVnd(paid.dossierCode()) == 0) {
            handling.handleOnce(systemOf(paid.channel()), paid.dossierCode(), paid.reference(),
                    new DossierCommand.RecordPayment("MaThamChieu " + paid.reference()));
        }
    }

    /** Who the tracking sheet names as having recorded the payment. */
    static Actor systemOf(PaymentChannel channel) {
        return switch (channel) {
            case NATIONAL_PLATFORM -> Actor.system("payment-platform", "Nền tảng thanh toán quốc gia");
            case COUNTER_QR -> Actor.system("payment-vietqr", "Chuyển khoản VietQR tại quầy");
            case COUNTER_CARD -> Actor.system("payment-card", "Thanh toán thẻ tại quầy");
        };
    }
}
