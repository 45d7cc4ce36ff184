package vn.motcua.web.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import vn.motcua.document.Documents;

/**
 * An upload larger than the multipart limit fails before any controller is chosen, so the scoped
 * error handlers never see it: this one answers for API and pages alike, 400 with the size limit.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitHandler {

    private final MessageSource messages;
    private final Documents documents;

    UploadLimitHandler(MessageSource messages, Documents documents) {
        this.messages = messages;
        this.documents = documents;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(HttpServletRequest request, Locale locale) {
        String message = messages.getMessage("document.upload.tooLarge",
                new Object[] {documents.standardRules().maxMegabytes()}, locale);
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return ResponseEntity.badRequest().body(new ApiErrorHandler.ApiError(message,
                    List.of(new ApiErrorHandler.FieldMessage("file", message))));
        }
        ModelAndView page = new ModelAndView("office/upload-too-large", HttpStatus.BAD_REQUEST);
        page.addObject("message", message);
        return page;
    }
}
