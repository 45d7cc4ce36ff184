package vn.motcua.integration.internal;

import java.util.Arrays;
import java.util.List;

/**
 * One thing wrong with an imported line (lỗi dòng nhập): a message key of the {@code integration}
 * bundle and its arguments, translated into the reader's language only when shown.
 */
public record LineProblem(String messageKey, List<String> arguments) {

    public LineProblem {
        arguments = List.copyOf(arguments);
    }

    static LineProblem of(String messageKey, Object... arguments) {
        return new LineProblem(messageKey, Arrays.stream(arguments).map(String::valueOf).toList());
    }
}
