package vn.motcua.web.portal.follow;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.motcua.dossier.ApplicantDossiers;
import vn.motcua.payment.PaymentView;
import vn.motcua.payment.Payments;
import vn.motcua.platform.NotFoundException;
import vn.motcua.platform.UserInputException;
import vn.motcua.web.FormErrors;

/**
 * The applicant pays online from the dossier's page: the order goes to the national payment platform and the
 * browser follows it there; back from the platform, the outcome is shown at once (the platform is asked
 * when its callback has not come yet).
 */
@Controller
@RequestMapping("/follow/{code}/payment")
class FollowPaymentController {

    private final ApplicantDossiers dossiers;
    private final Payments payments;
    private final FollowPage page;
    private final MessageSource messages;

    FollowPaymentController(ApplicantDossiers dossiers, Payments payments, FollowPage page, MessageSource messages) {
        this.dossiers = dossiers;
        this.payments = payments;
        this.page = page;
        this.messages = messages;
    }

    @PostMapping
    String pay(@PathVariable String code, HttpSession session, HttpServletRequest request, Model model, Locale locale) {
        String idNumber = FollowedDossiers.idNumberFor(session, code, dossiers);
        try {
            return "redirect:" + payments.startOnline(code, request.getRemoteAddr(), idNumber);
        } catch (UserInputException refused) {
            return page.show(model, idNumber, code, new RatingForm(null, null),
                    FormErrors.of(refused, messages, locale));
        }
    }

    /** UrlTraVe: where the platform sends the payer back. */
    @GetMapping("/{reference}")
    String returned(@PathVariable String code, @PathVariable String reference, HttpSession session, Model model) {
        String idNumber = FollowedDossiers.idNumberFor(session, code, dossiers);
        PaymentView payment = payments.find(reference).filter(p -> p.dossierCode().equals(code))
                .orElseThrow(() -> new NotFoundException("payment.notFound", reference));
        model.addAttribute("dossier", dossiers.view(idNumber, code));
        model.addAttribute("payment", payments.settle(payment.reference()));
        model.addAttribute("outstandingVnd", payments.outstandingVnd(code));
        return "portal/follow/payment";
    }
}
