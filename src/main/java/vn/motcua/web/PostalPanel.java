package vn.motcua.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.context.request.WebRequest;
import vn.motcua.delivery.Deliveries;
import vn.motcua.delivery.PostRequest;
import vn.motcua.organization.ProvinceCalendar;
import vn.motcua.platform.UserInputException;

/**
 * The post's part of a dossier's page, for the officer and the applicant alike (template
 * {@code post/fragments}): the postal orders with tracking number, postage, COD and each state with its time,
 * and the form asking the post to collect the papers or deliver the result. The form's fields are named
 * {@code post.*} on the page, apart from the page's other forms.
 */
@Component
public class PostalPanel {

    /** What was typed in the form; the saved request, or blank, at first. */
    public record Form(boolean pickUp, boolean deliver, String name, String phone, String address,
            String provinceCode, String communeCode) {

        /** The form as posted, its fields named {@code post.*}. */
        public static Form posted(WebRequest request) {
            return new Form(Boolean.parseBoolean(request.getParameter("post.pickUp")),
                    Boolean.parseBoolean(request.getParameter("post.deliver")), text(request, "name"),
                    text(request, "phone"), text(request, "address"), text(request, "provinceCode"),
                    text(request, "communeCode"));
        }

        private static String text(WebRequest request, String field) {
            String value = request.getParameter("post." + field);
            return value == null ? "" : value;
        }

        static Form of(PostRequest r) {
            return new Form(r.pickUp(), r.deliver(), r.name(), r.phone(), r.address(), r.provinceCode(),
                    r.communeCode());
        }

        public PostRequest request() {
            return new PostRequest(pickUp, deliver, name, phone, address, provinceCode, communeCode);
        }
    }

    /** Instants as the province reads them. */
    public record Times(ZoneId zone) {

        private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

        public String of(Instant instant) {
            return instant == null ? "" : FORMAT.format(instant.atZone(zone));
        }
    }

    private final Deliveries deliveries;
    private final ProvinceCalendar calendar;
    private final MessageSource messages;

    PostalPanel(Deliveries deliveries, ProvinceCalendar calendar, MessageSource messages) {
        this.deliveries = deliveries;
        this.calendar = calendar;
        this.messages = messages;
    }

    /** Adds the dossier's orders and the form (what was typed, if the model has it already). */
    public void addTo(Model model, String dossierCode) {
        model.addAttribute("postOrders", deliveries.ofDossier(dossierCode));
        model.addAttribute("postTimes", new Times(calendar.calendar().workingHours().zone()));
        if (!model.containsAttribute("postForm")) {
            model.addAttribute("postForm", deliveries.requestOf(dossierCode).map(Form::of)
                    .orElse(new Form(false, false, "", "", "", "", "")));
        }
    }

    /**
     * Asks the post for the dossier, the officer's page and the applicant's alike ({@code unit}: the unit the
     * papers go to or the result comes from). Empty when asked; else the refusal's errors, with the 400 set and
     * what was typed kept in the model, for the page to show again.
     */
    public Optional<FormErrors> submit(Form form, String dossierCode, String unit, boolean closed, Model model,
            Locale locale, HttpServletResponse response) {
        try {
            if (closed) {
                throw new UserInputException("pickUp", "delivery.request.closed");
            }
            deliveries.request(dossierCode, unit, form.request());
            return Optional.empty();
        } catch (UserInputException refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("postForm", form);
            return Optional.of(errors(refused, locale));
        }
    }

    /** A refusal of the form, its fields named as on the page. */
    private FormErrors errors(UserInputException refused, Locale locale) {
        return FormErrors.of(new UserInputException(refused.problems().stream()
                .map(p -> new UserInputException.Problem(p.field() == null ? null : "post." + p.field(),
                        p.messageKey(), p.arguments()))
                .toList()), messages, locale);
    }
}
