package vn.motcua.web.office;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.dossier.Actor;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.organization.OfficerPrincipal;
import vn.motcua.payment.ElectronicReceipt;
import vn.motcua.payment.ElectronicReceipts;
import vn.motcua.payment.PaymentChannel;
import vn.motcua.payment.PaymentView;
import vn.motcua.payment.Payments;
import vn.motcua.platform.InputLimits;
import vn.motcua.platform.NotFoundException;
import vn.motcua.platform.Problems;
import vn.motcua.platform.UserInputException;
import vn.motcua.result.ElectronicReceiptDocuments;
import vn.motcua.web.Downloads;
import vn.motcua.web.FormErrors;
import vn.motcua.web.HandlingOfficer;

/**
 * Payments taken at the counter, without cash: the officer records a VietQR transfer (with the bank's
 * transaction reference) or a card payment (with the terminal's slip reference) for everything the dossier
 * owes; a refusal shows the dossier page again, with a 400, the typed values and the reasons. Also the
 * reprint of the dossier's electronic receipts.
 */
@Controller
@RequestMapping("/office/dossiers/{code}")
class CounterPaymentController {

    /** A bank's or a card terminal's transaction reference is short; the payment module keeps up to 64. */
    static final int MAX_BANK_REFERENCE = 64;
    /** Letters, digits and the separators banks print in references. */
    private static final String BANK_REFERENCE = "[\\p{Alnum}./_-]*";
    private static final Set<String> COUNTER_CHANNELS = Set.of(PaymentChannel.COUNTER_QR.name(),
            PaymentChannel.COUNTER_CARD.name());

    private final Payments payments;
    private final DossierPageController page;
    private final DossierQueries dossiers;
    private final ElectronicReceipts receipts;
    private final ElectronicReceiptDocuments documents;
    private final Downloads downloads;
    private final MessageSource messages;

    CounterPaymentController(Payments payments, DossierPageController page, DossierQueries dossiers,
            ElectronicReceipts receipts, ElectronicReceiptDocuments documents, Downloads downloads,
            MessageSource messages) {
        this.payments = payments;
        this.page = page;
        this.dossiers = dossiers;
        this.receipts = receipts;
        this.documents = documents;
        this.downloads = downloads;
        this.messages = messages;
    }

    @PostMapping("/counter-payment")
    String record(@AuthenticationPrincipal OfficerPrincipal officer, @PathVariable String code,
            @RequestParam(defaultValue = "") String channel, @RequestParam(defaultValue = "") String bankReference,
            Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        Actor actor = HandlingOfficer.of(officer);
        if (actor.isSupervisor()) {
            // Supervisors see every dossier, read only: taking money is not theirs to do.
            throw new AccessDeniedException("A supervisor does not take payments");
        }
        try {
            PaymentView paid = payments.recordCounterPayment(code, channelOf(channel, bankReference),
                    bankReference.strip(), actor);
            redirect.addFlashAttribute("counterPaid", paid);
            return "redirect:/office/dossiers/" + code + "#counter-payment";
        } catch (UserInputException refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("counterInput", new CounterPaymentPanel.Input(channel, bankReference));
            return page.page(model, actor, code, null, null, FormErrors.of(asCounterFields(refused), messages, locale));
        }
    }

    @GetMapping("/receipts/{number}.pdf")
    ResponseEntity<byte[]> receipt(@AuthenticationPrincipal OfficerPrincipal officer, @PathVariable String code,
            @PathVariable String number, Locale locale) {
        dossiers.get(HandlingOfficer.of(officer), code);
        ElectronicReceipt receipt = receipts.find(code, number)
                .orElseThrow(() -> new NotFoundException("receipt.notFound", number));
        return downloads.pdf(receipt.fileName(), documents.render(receipt, locale));
    }

    /** The two counter channels only, never cash; every problem of the form at once. */
    private static PaymentChannel channelOf(String channel, String bankReference) {
        String reference = bankReference.strip();
        Problems problems = new Problems();
        problems.when(!COUNTER_CHANNELS.contains(channel), "channel", "payment.counter.channel");
        problems.when(reference.isEmpty(), "bankReference", "payment.counter.reference");
        InputLimits.line(problems, "bankReference", reference, MAX_BANK_REFERENCE);
        problems.when(!reference.matches(BANK_REFERENCE), "bankReference", "counter.reference.characters");
        problems.throwIfAny();
        return PaymentChannel.valueOf(channel);
    }

    /** The form's fields are named {@code counter.*} on the page, apart from the action forms'. */
    private static UserInputException asCounterFields(UserInputException refused) {
        return new UserInputException(refused.problems().stream()
                .map(p -> new UserInputException.Problem(p.field() == null ? null : "counter." + p.field(),
                        p.messageKey(), p.arguments()))
                .toList());
    }
}
