package vn.motcua.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.motcua.organization.Role;

/**
 * Two multipart limits. The servlet container's ({@code spring.servlet.multipart.*}) is as large as
 * the largest upload anyone may send — a dossier history file for {@code /admin/import}, gigabytes,
 * spooled to disk. Every other multipart request (scans, results, the file API) is held to
 * {@code motcua.uploads.max-request-size} (60 MB by default) here, from its announced length, before
 * a byte of the body is read: its parts are reported as over the limit, which Spring turns into
 * {@code MaxUploadSizeExceededException} and {@code UploadLimitHandler} answers. Each file is then
 * still checked against the document rules (20 MB) while it is stored.
 *
 * <p>Only an administrator's session may send the large upload: this filter runs before Spring
 * Security (whose CSRF check reads, and so parses, the body), so it looks at the session's login
 * itself — otherwise anyone could make the server spool gigabytes before being refused.
 *
 * <p>A request without a length (chunked) cannot be refused up front; its files are still refused by
 * the document rules past their limit, having been spooled to disk, never to memory.
 */
@Component
// Before Spring Security (-100), whose CSRF check would otherwise read, and so parse, the body.
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class UploadSizeFilter extends OncePerRequestFilter {

    /** Where the large uploads go: the history import's form. */
    static final String LARGE_UPLOADS = "/admin/import";

    private final long limit;

    UploadSizeFilter(@Value("${motcua.uploads.max-request-size:60MB}") DataSize limit) {
        this.limit = limit.toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean tooLarge = isMultipart(request) && request.getContentLengthLong() > limit && !largeUploadAllowed(request);
        chain.doFilter(tooLarge ? new RefusedBody(request, limit) : request, response);
    }

    private static boolean largeUploadAllowed(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return LARGE_UPLOADS.equals(path) && administratorSession(request);
    }

    private static boolean administratorSession(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object context = session == null ? null
                : session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        Authentication login = context instanceof SecurityContext security ? security.getAuthentication() : null;
        return login != null && login.getAuthorities().stream()
                .anyMatch(a -> ("ROLE_" + Role.ADMINISTRATOR.name()).equals(a.getAuthority()));
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
    }

    /** The request with its body left unread: parameters come from the query string only. */
    private static final class RefusedBody extends HttpServletRequestWrapper {

        private final long limit;
        private final Map<String, String[]> query;

        RefusedBody(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
            this.query = parse(request.getQueryString());
        }

        @Override
        public Collection<Part> getParts() {
            // Worded as Spring recognises a size failure: "exceed" with "size".
            throw new IllegalStateException("The request size exceeds the configured maximum (" + limit + ")");
        }

        @Override
        public Part getPart(String name) {
            throw new IllegalStateException("The request size exceeds the configured maximum (" + limit + ")");
        }

        @Override
        public String getParameter(String name) {
            String[] values = query.get(name);
            return values == null ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Collections.unmodifiableMap(query);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(query.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return query.get(name);
        }

        private static Map<String, String[]> parse(String queryString) {
            Map<String, String[]> parameters = new LinkedHashMap<>();
            if (queryString == null) {
                return parameters;
            }
            for (String pair : queryString.split("&")) {
                int equals = pair.indexOf('=');
                String name = decode(equals < 0 ? pair : pair.substring(0, equals));
                String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
                parameters.merge(name, new String[] {value}, (a, b) -> concat(a, b));
            }
            return parameters;
        }

        private static String decode(String text) {
            try {
                return URLDecoder.decode(text, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return text;
            }
        }

        private static String[] concat(String[] a, String[] b) {
            String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, all, a.length, b.length);
            return all;
        }
    }
}
