package vn.motcua.notification.internal;

import java.text.NumberFormat;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.DossierView;
import vn.motcua.notification.NotificationKind;
import vn.motcua.payment.DossierFees;
import vn.motcua.payment.Fee;

/** The values of a message's placeholders, written in the recipient's language. */
@Component
class Placeholders {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final MessageSource messages;
    private final String publicUrl;
    private final DossierFees fees;

    Placeholders(MessageSource messages, @Value("${motcua.public-url}") String publicUrl, DossierFees fees) {
        this.messages = messages;
        this.publicUrl = publicUrl;
        this.fees = fees;
    }

    /**
     * What a citizen's message about the dossier may say; {@code fee} is what a payment request asks
     * for (its last fee), otherwise the fees of the receipt.
     */
    Map<String, String> applicant(DossierView d, NotificationKind kind, String language) {
        Locale locale = Locale.forLanguageTag(language);
        Map<String, String> values = common(d.code(), d.procedureName());
        values.put("applicant", d.applicant().name());
        values.put("appointment", moment(d.appointment()));
        long fee = kind == NotificationKind.PAYMENT_REQUIRED
                ? fees.latest(d.code()).map(Fee::amountVnd).orElse(0L) : fees.dueVnd(d.code());
        values.put("fee", NumberFormat.getIntegerInstance(locale).format(fee));
        values.put("link", publicUrl + "/follow?code=" + d.code());
        values.put("returnMethod", d.returnMethod() == null ? ""
                : messages.getMessage("dossier.returnMethod." + d.returnMethod().name(), null, locale));
        values.put("reason", d.apology() == null ? "" : d.apology().reason());
        values.put("items", d.supplements().isEmpty() ? "" : d.supplements().getLast().items().stream()
                .map(i -> i.reason() == null || i.reason().isBlank() ? i.name() : i.name() + " (" + i.reason() + ")")
                .collect(Collectors.joining("; ")));
        return values;
    }

    /** What an officer's message about a step may say. */
    Map<String, String> step(String code, String procedure, String officer, String step, LocalDateTime deadline) {
        Map<String, String> values = common(code, procedure);
        values.put("officer", officer);
        values.put("step", step == null ? "" : step);
        values.put("deadline", moment(deadline));
        return values;
    }

    private static Map<String, String> common(String code, String procedure) {
        Map<String, String> values = new HashMap<>();
        values.put("code", code);
        values.put("procedure", procedure);
        return values;
    }

    private static String moment(LocalDateTime time) {
        return time == null ? "" : MOMENT.format(time);
    }
}
