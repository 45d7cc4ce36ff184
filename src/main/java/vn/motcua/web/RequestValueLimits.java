package vn.motcua.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Optional;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import vn.motcua.platform.InputLimits;
import vn.motcua.platform.Problems;

/**
 * The floor under every form and query: before any controller reads a request, each parameter and path
 * variable is at most {@link InputLimits#ANY_VALUE} characters with no control character (NUL included;
 * new lines and tabs only in parameters, which may come from a textarea). A value past it is a 400 in the
 * user's language through the page or API error handler, never a 500 from the database. The parameters
 * every list shares have their own limits here: a search term {@code q} of at most {@link InputLimits#SEARCH}
 * characters, {@code page} from 1 to {@link InputLimits#MAX_PAGE}, {@code size} from 1 to
 * {@link InputLimits#MAX_PAGE_SIZE}. Other fields with a tighter limit check it themselves.
 */
class RequestValueLimits implements HandlerInterceptor {

    /** Long enough to name any real field, short enough to echo a hostile one. */
    private static final int SHOWN_NAME = 100;

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod)) {
            return true;
        }
        Problems problems = new Problems();
        request.getParameterMap().forEach((name, values) -> {
            check(problems, name, name, InputLimits.NAME, false);
            for (String value : values) {
                check(problems, name, value, InputLimits.ANY_VALUE, true);
                listParameter(problems, name, value);
            }
        });
        pathVariables(request).forEach((name, value) -> check(problems, name, value, InputLimits.ANY_VALUE, false));
        problems.throwIfAny();
        return true;
    }

    private static void check(Problems problems, String name, String value, int max, boolean multiline) {
        if (value == null) {
            return; // a parameter named without "=" (?error): nothing to check
        }
        String field = name.length() > SHOWN_NAME ? name.substring(0, SHOWN_NAME) : name;
        problems.when(value.length() > max, field, "limits.text.tooLong", max)
                .when(InputLimits.hasControl(value, multiline), field, "limits.text.control");
    }

    private static void listParameter(Problems problems, String name, String value) {
        switch (name) {
            case "q" -> problems.when(value.length() > InputLimits.SEARCH, name, "limits.text.tooLong",
                    InputLimits.SEARCH);
            case "page" -> number(value).ifPresent(page -> InputLimits.page(problems, name, page, 1));
            case "size" -> number(value).ifPresent(size -> InputLimits.pageSize(problems, name, size));
            default -> {
            }
        }
    }

    /** The number a parameter holds, if it is one; one that is not is refused by its controller's binding. */
    private static Optional<Long> number(String value) {
        try {
            return Optional.of(Long.parseLong(value.strip()));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> pathVariables(HttpServletRequest request) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return variables instanceof Map<?, ?> map ? (Map<String, String>) map : Map.of();
    }
}
