package vn.motcua.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * On a secure request (https, directly or as a trusted proxy says) every cookie the application sets
 * is {@code Secure}: the session's (Tomcat does it), the applicant's CSRF cookie (Spring Security does
 * it) and the language choice, which would otherwise be sent in clear to an http address of the same host.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecureCookies extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, request.isSecure() ? new SecureOnly(response) : response);
    }

    private static final class SecureOnly extends HttpServletResponseWrapper {

        SecureOnly(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addCookie(Cookie cookie) {
            cookie.setSecure(true);
            super.addCookie(cookie);
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, secured(name, value));
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, secured(name, value));
        }

        private static String secured(String name, String value) {
            boolean cookie = HttpHeaders.SET_COOKIE.equalsIgnoreCase(name) && value != null;
            return cookie && !value.toLowerCase(Locale.ROOT).contains("; secure") ? value + "; Secure" : value;
        }
    }
}
