package vn.motcua.web.portal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.motcua.payment.PaymentPlatformSimulator;
import vn.motcua.payment.PaymentPlatformSimulator.Misbehaviour;
import vn.motcua.payment.PaymentPlatformSimulator.Outcome;
import vn.motcua.platform.InputLimits;
import vn.motcua.platform.Problems;
import vn.motcua.platform.UserInputException;
import vn.motcua.web.FormErrors;

/**
 * The simulated platform's payer page: the order, a bank to choose, the payer's name, and pay, fail or
 * cancel; with how the platform should then behave towards the province (the demo's and the tests' way to
 * show a late, repeated, lost or forged callback). Plain form, no JavaScript.
 */
@Controller
@RequestMapping(PaymentPlatformSimulator.PATH + "/pay/{reference}")
class PaymentPlatformPayerPage {

    private final PaymentPlatformSimulator simulator;
    private final MessageSource messages;

    PaymentPlatformPayerPage(PaymentPlatformSimulator simulator, MessageSource messages) {
        this.simulator = simulator;
        this.messages = messages;
    }

    @GetMapping
    String show(@PathVariable String reference, Model model) {
        return page(model, pending(reference), FormErrors.none(), null, null, Misbehaviour.NONE.name());
    }

    @PostMapping
    String decide(@PathVariable String reference, @RequestParam(required = false) String bank,
            @RequestParam(required = false) String payerName, @RequestParam(required = false) String outcome,
            @RequestParam(required = false) String misbehaviour, Model model, Locale locale) {
        PaymentPlatformSimulator.Transaction transaction = pending(reference);
        Problems problems = new Problems();
        problems.when(PaymentPlatformSimulator.BANKS.stream().noneMatch(b -> b.code().equals(bank)), "bank",
                "simulator.payment.bank");
        problems.when(payerName == null || payerName.isBlank(), "payerName", "simulator.payment.payerName.required");
        InputLimits.line(problems, "payerName", payerName, InputLimits.NAME);
        Optional<Outcome> chosen = parse(Outcome.class, outcome);
        Optional<Misbehaviour> behaviour = parse(Misbehaviour.class, misbehaviour);
        problems.when(chosen.isEmpty(), "outcome", "simulator.payment.outcome");
        problems.when(behaviour.isEmpty(), "misbehaviour", "simulator.payment.misbehaviour.unknown");
        try {
            problems.throwIfAny();
        } catch (UserInputException refused) {
            return page(model, transaction, FormErrors.of(refused, messages, locale), bank, payerName, misbehaviour);
        }
        return simulator.decide(reference, bank, payerName.strip(), chosen.get(), behaviour.get())
                .map(back -> "redirect:" + back).orElseThrow(PaymentPlatformPayerPage::gone);
    }

    private PaymentPlatformSimulator.Transaction pending(String reference) {
        if (!simulator.active()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return simulator.transaction(reference).filter(t -> t.decidedAt() == null)
                .orElseThrow(PaymentPlatformPayerPage::gone);
    }

    private String page(Model model, PaymentPlatformSimulator.Transaction transaction, FormErrors errors, String bank,
            String payerName, String misbehaviour) {
        model.addAttribute("order", transaction.order());
        model.addAttribute("banks", PaymentPlatformSimulator.BANKS);
        model.addAttribute("misbehaviours", Misbehaviour.values());
        model.addAttribute("errors", errors);
        model.addAttribute("bank", bank);
        model.addAttribute("payerName", payerName);
        model.addAttribute("misbehaviour", misbehaviour);
        return "simulator/payment-platform";
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst();
    }

    private static ResponseStatusException gone() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
