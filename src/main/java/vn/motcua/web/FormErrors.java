package vn.motcua.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import vn.motcua.platform.Problems;
import vn.motcua.platform.UserInputException;

/**
 * The problems of a refused form, translated into the page's language: a summary for the top of
 * the page and one message per field.
 */
public final class FormErrors {

    /** One translated problem. */
    public record Error(String field, String message) {
    }

    private final List<Error> errors;
    private final Map<String, String> byField = new LinkedHashMap<>();

    private FormErrors(List<Error> errors) {
        this.errors = List.copyOf(errors);
        errors.stream().filter(e -> e.field() != null).forEach(e -> byField.putIfAbsent(e.field(), e.message()));
    }

    public static FormErrors none() {
        return new FormErrors(List.of());
    }

    public static FormErrors of(UserInputException refusal, MessageSource messages, Locale locale) {
        return new FormErrors(refusal.problems().stream()
                .map(p -> new Error(p.field(), messages.getMessage(p.messageKey(), p.arguments(), p.messageKey(),
                        locale)))
                .toList());
    }

    /** The problems collected so far, none when there are none. */
    public static FormErrors of(Problems problems, MessageSource messages, Locale locale) {
        try {
            problems.throwIfAny();
            return none();
        } catch (UserInputException refused) {
            return of(refused, messages, locale);
        }
    }

    public List<Error> all() {
        return errors;
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String of(String field) {
        return byField.get(field);
    }
}
