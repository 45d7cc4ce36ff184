package vn.motcua.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import vn.motcua.platform.NotFoundException;
import vn.motcua.platform.UserInputException;

/**
 * A page about something that does not exist answers 404 with the site's error page, and a request the
 * limits refuse before its form could show the problem (a NUL in a query, a page number out of range, a
 * parameter of the wrong kind) answers 400 with what is wrong in the user's language: never a stack trace.
 */
@ControllerAdvice(basePackages = {"vn.motcua.web.portal", "vn.motcua.web.office", "vn.motcua.web.admin"})
class PageErrorHandler {

    private final MessageSource messages;

    PageErrorHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    String notFound(HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("status", HttpServletResponse.SC_NOT_FOUND);
        return "error";
    }

    @ExceptionHandler(UserInputException.class)
    String badInput(UserInputException refusal, HttpServletResponse response, Model model, Locale locale) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("status", HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("errors", FormErrors.of(refusal, messages, locale));
        return "error";
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String badParameter(MethodArgumentTypeMismatchException e, HttpServletResponse response, Model model,
            Locale locale) {
        return badInput(new UserInputException(e.getName(), "api.parameter.invalid", e.getName()), response, model,
                locale);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    String missingParameter(MissingServletRequestParameterException e, HttpServletResponse response, Model model,
            Locale locale) {
        return badInput(new UserInputException(e.getParameterName(), "limits.parameter.missing",
                e.getParameterName()), response, model, locale);
    }
}
