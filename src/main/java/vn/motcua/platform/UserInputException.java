package vn.motcua.platform;

import java.util.List;

/**
 * A request the rules refuse, with every problem found at once so the user fixes them in one go.
 * Each problem carries a message key that the web layer translates into the user's language.
 */
public class UserInputException extends RuntimeException {

    private final transient List<Problem> problems;

    public UserInputException(List<Problem> problems) {
        super(problems.toString());
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("A refusal needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public UserInputException(String field, String messageKey, Object... arguments) {
        this(List.of(new Problem(field, messageKey, arguments)));
    }

    public List<Problem> problems() {
        return problems;
    }

    /**
     * One thing wrong with the input.
     *
     * @param field the form or JSON field it belongs next to; null for the whole request
     * @param messageKey message bundle key, e.g. {@code organization.identifier.invalid}
     * @param arguments values for the message's placeholders
     */
    public record Problem(String field, String messageKey, Object... arguments) {

        @Override
        public String toString() {
            return (field == null ? "" : field + ": ") + messageKey + java.util.Arrays.toString(arguments);
        }
    }
}
