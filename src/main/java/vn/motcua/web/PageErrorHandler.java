package vn.motcua.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import vn.motcua.platform.NotFoundException;

/** A page about something that does not exist answers 404 with the site's error page, not a stack trace. */
@ControllerAdvice(basePackages = {"vn.motcua.web.portal", "vn.motcua.web.office", "vn.motcua.web.admin"})
class PageErrorHandler {

    @ExceptionHandler(NotFoundException.class)
    String notFound(HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("status", HttpServletResponse.SC_NOT_FOUND);
        return "error";
    }
}
