package vn.motcua.web;

import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.platform.UserInputException;

/**
 * The one way a page form is submitted: run the change; when accepted, redirect (post/redirect/get)
 * with what was saved as the flash attribute {@code saved} for the notice; when refused, show the
 * same form again with every problem translated and everything the user typed.
 */
@Component
public class FormSubmission {

    private final MessageSource messages;

    FormSubmission(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * @param change the service call that may refuse with {@link UserInputException}; returns what it saved
     * @param redirectTo where to go once accepted, e.g. {@code /admin/units}
     * @param formAgain renders the form with the translated problems
     */
    public String submit(Supplier<?> change, String redirectTo, Function<FormErrors, String> formAgain, Locale locale,
            RedirectAttributes redirect) {
        Object saved;
        try {
            saved = change.get();
        } catch (UserInputException e) {
            return formAgain.apply(FormErrors.of(e, messages, locale));
        }
        redirect.addFlashAttribute("saved", saved);
        return "redirect:" + redirectTo;
    }
}
