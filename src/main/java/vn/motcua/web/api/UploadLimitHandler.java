package vn.motcua.web.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import vn.motcua.document.Documents;
import vn.motcua.web.BodyTooLargeException;

/**
 * Refusals of a request's body as a whole, which come before any controller is chosen (or from the
 * body's own stream), so the scoped error handlers never see them: this one answers for API and pages
 * alike, in the caller's language — an upload over the multipart limit (400 with the size limit), a
 * body over its cap (413), and on the API a content type the address does not take (415, naming the
 * ones it does).
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitHandler {

    private final MessageSource messages;
    private final Documents documents;
    private final ApiSecurityRefusals refusals;

    UploadLimitHandler(MessageSource messages, Documents documents, ApiSecurityRefusals refusals) {
        this.messages = messages;
        this.documents = documents;
        this.refusals = refusals;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(HttpServletRequest request, Locale locale) {
        // The locale from the resolver only: a failed multipart parse may refuse to give parameters.
        String message = messages.getMessage("document.upload.tooLarge",
                new Object[] {documents.standardRules().maxMegabytes()}, locale);
        return refusal(request, HttpStatus.BAD_REQUEST, "file", message);
    }

    @ExceptionHandler(BodyTooLargeException.class)
    Object bodyTooLarge(BodyTooLargeException e, HttpServletRequest request) {
        String message = messages.getMessage("perimeter.body.tooLarge", new Object[] {e.limitMegabytes()},
                refusals.locale(request));
        return refusal(request, HttpStatus.CONTENT_TOO_LARGE, null, message);
    }

    /**
     * Pages keep Spring's own 415; the API says which types it takes, in the language of {@code ?lang=}
     * too (no controller was chosen, so Spring MVC's language switch has not run).
     */
    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiErrorHandler.ApiError> unsupportedType(HttpMediaTypeNotSupportedException e,
            HttpServletRequest request) throws HttpMediaTypeNotSupportedException {
        if (!api(request)) {
            throw e;
        }
        String accepted = e.getSupportedMediaTypes().stream().map(MediaType::toString)
                .collect(Collectors.joining(", "));
        String message = messages.getMessage("perimeter.contentType.unsupported", new Object[] {accepted},
                refusals.locale(request));
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                .body(new ApiErrorHandler.ApiError(message, List.of(new ApiErrorHandler.FieldMessage(null, message))));
    }

    private static Object refusal(HttpServletRequest request, HttpStatus status, String field, String message) {
        if (api(request)) {
            return ResponseEntity.status(status).body(new ApiErrorHandler.ApiError(message,
                    List.of(new ApiErrorHandler.FieldMessage(field, message))));
        }
        ModelAndView page = new ModelAndView("office/upload-too-large", status);
        page.addObject("message", message);
        return page;
    }

    private static boolean api(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }
}
