package vn.motcua.payment;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.springframework.context.annotation.Profile;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Records the payment events that reach a module listener, as receipts and reconciliation will take them. */
@Component
@Profile("test")
class PaymentEventRecorder {

    private final Queue<PaymentSucceeded> succeeded = new ConcurrentLinkedQueue<>();
    private final Queue<PaymentOverpaid> overpaid = new ConcurrentLinkedQueue<>();

    @ApplicationModuleListener
    void on(PaymentSucceeded event) {
        succeeded.add(event);
    }

    @ApplicationModuleListener
    void on(PaymentOverpaid event) {
        overpaid.add(event);
    }

    public List<PaymentSucceeded> succeededFor(String dossierCode) {
        return succeeded.stream().filter(e -> e.dossierCode().equals(dossierCode)).toList();
    }

    public List<PaymentOverpaid> overpaidFor(String dossierCode) {
        return overpaid.stream().filter(e -> e.dossierCode().equals(dossierCode)).toList();
    }
}
