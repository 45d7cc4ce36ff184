package vn.motcua.web.api;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import tools.jackson.core.JacksonException;
import vn.motcua.dossier.ActionRefusedException;
import vn.motcua.dossier.ConcurrentChangeException;
import vn.motcua.platform.NotFoundException;
import vn.motcua.platform.UserInputException;
import vn.motcua.web.StrictJson;

/**
 * Refusals on the JSON API: {@code {"message", "errors": [{"field", "message"}]}} in the caller's
 * language (Accept-Language or {@code ?lang=}), 400 for bad input, 404 for unknown things (and dossiers
 * of other units), 409 when the dossier changed meanwhile or the action is not allowed now, 403 for an
 * officer without a dossier handling role.
 */
@RestControllerAdvice(basePackages = "vn.motcua.web.api")
class ApiErrorHandler {

    /** The body of a refusal. */
    public record ApiError(String message, List<FieldMessage> errors) {
    }

    /** One problem, next to the field it concerns (null for the whole request). */
    public record FieldMessage(String field, String message) {
    }

    private final MessageSource messages;

    ApiErrorHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ApiError> notFound(NotFoundException e, Locale locale) {
        return refusal(HttpStatus.NOT_FOUND, e, locale);
    }

    /** Conflicts with the dossier's current state: reload and decide again. */
    @ExceptionHandler({ConcurrentChangeException.class, ActionRefusedException.class})
    ResponseEntity<ApiError> conflict(UserInputException e, Locale locale) {
        return refusal(HttpStatus.CONFLICT, e, locale);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ApiError> forbidden(Locale locale) {
        return refusal(HttpStatus.FORBIDDEN, new UserInputException(null, "error.forbidden"), locale);
    }

    @ExceptionHandler(UserInputException.class)
    ResponseEntity<ApiError> badInput(UserInputException e, Locale locale) {
        return refusal(HttpStatus.BAD_REQUEST, e, locale);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> badParameter(MethodArgumentTypeMismatchException e, Locale locale) {
        return badInput(new UserInputException(e.getName(), "api.parameter.invalid", e.getName()), locale);
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MissingServletRequestPartException.class})
    ResponseEntity<ApiError> missingParameter(Exception e, Locale locale) {
        String name = e instanceof MissingServletRequestParameterException p ? p.getParameterName()
                : ((MissingServletRequestPartException) e).getRequestPartName();
        return badInput(new UserInputException(name, "limits.parameter.missing", name), locale);
    }

    /**
     * A body that is not JSON, or JSON with a value of the wrong kind (a version of 1.9, an unknown status,
     * a null inside a list, a string past the limits): a 400 naming the field when there is one.
     */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e, Locale locale) {
        if (!(e.getCause() instanceof JacksonException refusal) || StrictJson.field(refusal) == null) {
            return badInput(new UserInputException(null, "officeApi.body.unreadable"), locale);
        }
        String field = StrictJson.field(refusal);
        UserInputException problem = refusal instanceof StrictJson.RefusedText text
                ? new UserInputException(field, text.messageKey(), text.arguments())
                : new UserInputException(field, "limits.json.field", field);
        return badInput(problem, locale);
    }

    private ResponseEntity<ApiError> refusal(HttpStatus status, UserInputException e, Locale locale) {
        List<FieldMessage> errors = e.problems().stream()
                .map(p -> new FieldMessage(p.field(), messages.getMessage(p.messageKey(), p.arguments(),
                        p.messageKey(), locale)))
                .toList();
        return ResponseEntity.status(status).body(new ApiError(errors.getFirst().message(), errors));
    }
}
