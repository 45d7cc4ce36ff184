package vn.motcua.delivery.internal;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.motcua.delivery.Deliveries;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.PendingTransition;
import vn.motcua.dossier.ReturnMethod;
import vn.motcua.dossier.TransitionParticipant;

/**
 * Trả kết quả qua bưu chính: when reception returns a result by post, the order to VNPost is written in the
 * return's own transaction, so the dossier is never "returned by post" without a parcel on its way, nor a
 * parcel ordered for a return that was refused.
 */
@Component
@Order(TransitionParticipant.RECORDS)
class ReturnByPost implements TransitionParticipant {

    private final Deliveries deliveries;

    ReturnByPost(Deliveries deliveries) {
        this.deliveries = deliveries;
    }

    @Override
    public void takePart(PendingTransition t) {
        if (t.action() == DossierAction.RETURN_RESULT && t.dossier().returnMethod() == ReturnMethod.POST) {
            deliveries.orderResult(t.dossier());
        }
    }
}
