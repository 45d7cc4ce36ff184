package vn.motcua.web.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.login.LoginRefusedException;
import vn.motcua.web.api.ApiErrorHandler.ApiError;
import vn.motcua.web.api.ApiErrorHandler.FieldMessage;

/**
 * 401 and 403 answered by the security filters on {@code /api/**}, in the same body and language as
 * {@link ApiErrorHandler}'s refusals: the filters run before Spring MVC, so its error handling never
 * sees them, and the servlet container's error page would answer in another shape.
 */
@Component
public class ApiSecurityRefusals {

    /** Where the challenges say the credentials are for. */
    public static final String REALM = "Motcua";

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json;

    ApiSecurityRefusals(MessageSource messages, LocaleResolver locales, JsonMapper json) {
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    /**
     * No credentials, or a wrong password: either way of logging in is offered. Too many wrong ones
     * (the account or the address is held): 429 with the seconds to wait in {@code Retry-After}.
     */
    public AuthenticationEntryPoint loginRequired() {
        return (request, response, e) -> {
            if (e instanceof LoginRefusedException held) {
                response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(held.waitSeconds()));
                write(request, response, HttpStatus.TOO_MANY_REQUESTS.value(), "logins.api.held",
                        new Object[] {held.waitSeconds()});
                return;
            }
            write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "access.api.unauthenticated", null,
                    "Basic realm=\"" + REALM + "\"", "Bearer realm=\"" + REALM + "\"");
        };
    }

    /** A bearer token that is unknown, malformed, expired or revoked (RFC 6750 §3.1). */
    public AuthenticationEntryPoint invalidToken() {
        return (request, response, e) -> write(request, response, HttpServletResponse.SC_UNAUTHORIZED,
                "access.api.invalidToken", null, "Bearer realm=\"" + REALM + "\", error=\"invalid_token\"");
    }

    /** Logged in, but the role does not open this address. */
    public AccessDeniedHandler forbidden() {
        return (request, response, e) -> write(request, response, HttpServletResponse.SC_FORBIDDEN,
                "error.forbidden", null);
    }

    private void write(HttpServletRequest request, HttpServletResponse response, int status, String messageKey,
            Object[] arguments, String... challenges) throws IOException {
        String message = messages.getMessage(messageKey, arguments, messageKey, locale(request));
        response.setStatus(status);
        for (String challenge : challenges) {
            response.addHeader(HttpHeaders.WWW_AUTHENTICATE, challenge);
        }
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getOutputStream().write(json.writeValueAsBytes(
                new ApiError(message, List.of(new FieldMessage(null, message)))));
    }

    /** {@code ?lang=} first, as Spring MVC's interceptor would take it, then the remembered choice. */
    Locale locale(HttpServletRequest request) {
        String lang = request.getParameter("lang");
        if (StringUtils.hasText(lang)) {
            try {
                Locale asked = StringUtils.parseLocale(lang);
                if (asked != null) {
                    return asked;
                }
            } catch (IllegalArgumentException ignored) {
                // an unreadable ?lang= is ignored, as on every page
            }
        }
        return locales.resolveLocale(request);
    }
}
