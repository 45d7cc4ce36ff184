package vn.motcua.web.office;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.motcua.dossier.DossierView;
import vn.motcua.payment.CounterTransfers;
import vn.motcua.payment.ElectronicReceipts;
import vn.motcua.platform.UserInputException;
import vn.motcua.result.QrImages;
import vn.motcua.web.FormErrors;

/**
 * The payment part of the office dossier page: the VietQR code and its text for what the dossier still
 * owes, the form recording a transfer or a card payment, and the dossier's receipts to reprint. A dossier
 * whose unit cannot be paid (no collection account) shows why instead of a code.
 */
@Component
class CounterPaymentPanel {

    /** What the officer typed in the counter payment form; blank at first. */
    record Input(String channel, String bankReference) {

        static final Input BLANK = new Input("COUNTER_QR", "");
    }

    private final CounterTransfers transfers;
    private final ElectronicReceipts receipts;
    private final MessageSource messages;

    CounterPaymentPanel(CounterTransfers transfers, ElectronicReceipts receipts, MessageSource messages) {
        this.transfers = transfers;
        this.receipts = receipts;
        this.messages = messages;
    }

    void addTo(Model model, DossierView dossier) {
        try {
            transfers.of(dossier).ifPresent(t -> {
                model.addAttribute("counterTransfer", t);
                model.addAttribute("counterQr", QrImages.dataUri(t.payload()));
            });
        } catch (UserInputException cannotBePaid) {
            model.addAttribute("counterProblems", FormErrors.of(cannotBePaid, messages, LocaleContextHolder.getLocale()));
        }
        if (!model.containsAttribute("counterInput")) {
            model.addAttribute("counterInput", Input.BLANK);
        }
        model.addAttribute("paymentReceipts", receipts.ofDossier(dossier.code()));
    }
}
