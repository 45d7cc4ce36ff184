package vn.motcua.web.admin;

import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.payment.Payments;
import vn.motcua.web.FormErrors;
import vn.motcua.web.FormSubmission;

/**
 * Overpayments (a second success for fees already paid) wait here until an administrator records that the
 * money was given back, with the refund's reference.
 */
@Controller
@RequestMapping("/admin/payments/refunds")
class PaymentRefundAdminController {

    private final Payments payments;
    private final FormSubmission forms;

    PaymentRefundAdminController(Payments payments, FormSubmission forms) {
        this.payments = payments;
        this.forms = forms;
    }

    @GetMapping
    String list(Model model) {
        return page(model, FormErrors.none());
    }

    @PostMapping("/{reference}")
    String refund(@PathVariable String reference, @RequestParam(required = false) String note, Model model,
            Locale locale, RedirectAttributes redirect) {
        return forms.submit(() -> payments.recordRefund(reference, note).reference(), "/admin/payments/refunds",
                errors -> page(model, errors), locale, redirect);
    }

    private String page(Model model, FormErrors errors) {
        model.addAttribute("refunds", payments.refundsDue());
        model.addAttribute("errors", errors);
        return "admin/payments/refunds";
    }
}
