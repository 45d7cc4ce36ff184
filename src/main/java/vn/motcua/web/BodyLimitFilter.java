package vn.motcua.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.motcua.organization.Role;

/**
 * Every request body is capped while it is read, whether or not it announces its length, so no
 * client can make the server read or write more than its cap:
 * <ul>
 * <li>multipart uploads by the servlet container's own limit ({@code spring.servlet.multipart.*} =
 * {@code motcua.uploads.max-request-size}, 60 MB), which stops the parser — and its spooling to disk —
 * at the cap; an announced length over it is refused here before a byte is read;</li>
 * <li>the history import's form ({@code /admin/import}) by its own servlet with the larger
 * {@code motcua.uploads.max-import-size} ({@link HistoryImportServlet}), for an administrator's session
 * only: anyone else's upload there is refused unread;</li>
 * <li>forms by Tomcat ({@code server.tomcat.max-http-form-post-size} = {@code motcua.uploads.max-body-size}),
 * read here so that one past it is answered with the error page's 413;</li>
 * <li>every other body (API JSON, the history import's JSON Lines) by {@link LimitedBody}:
 * {@code motcua.uploads.max-body-size} (2 MB), or {@code max-import-size} for
 * {@code POST /api/v1/import/dossiers} read by an administrator.</li>
 * </ul>
 * A body past its cap ends in {@link BodyTooLargeException} (413) or {@code MaxUploadSizeExceededException},
 * both answered by {@code web.api.UploadLimitHandler} in the caller's language.
 *
 * <p>Runs before Spring Security (-100), whose CSRF check reads, and so parses, form bodies: that is
 * why the history form's sender is recognised here from the session's login — just after Spring
 * Session's filter, which puts the shared session (kept in PostgreSQL) on the request.
 */
@Component
@Order(SessionRepositoryFilter.DEFAULT_ORDER + 1)
class BodyLimitFilter extends OncePerRequestFilter {

    /** The address of the history import's JSON Lines API. */
    static final String IMPORT_API = "/api/v1/import/dossiers";

    private static final String ADMINISTRATOR = "ROLE_" + Role.ADMINISTRATOR.name();

    private final DataSize bodies;
    private final DataSize uploads;
    private final DataSize imports;

    BodyLimitFilter(@Value("${motcua.uploads.max-body-size:2MB}") DataSize bodies,
            @Value("${motcua.uploads.max-request-size:60MB}") DataSize uploads,
            @Value("${motcua.uploads.max-import-size:2GB}") DataSize imports) {
        this.bodies = bodies;
        this.uploads = uploads;
        this.imports = imports;
    }

    /**
     * A body read past its cap by a filter (Spring's {@code FormContentFilter} reads the forms of PUT,
     * PATCH and DELETE) is answered 413 here; one read by a controller was answered by Spring MVC.
     */
    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            limit(request, response, chain);
        } catch (BodyTooLargeException e) {
            if (response.isCommitted()) {
                throw e;
            }
            response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
        }
    }

    private void limit(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isType(request, "multipart/")) {
            long limit = uploads.toBytes();
            chain.doFilter(multipartAllowed(request) ? FormBody.guarded(request, limit) : FormBody.refused(request, limit),
                    response);
        } else if (isType(request, MediaType.APPLICATION_FORM_URLENCODED_VALUE)) {
            form(request, response, chain);
        } else {
            chain.doFilter(new LimitedBody(request, () -> bodyLimit(request)), response);
        }
    }

    /**
     * A form is read here, before Spring Security's CSRF check would: past the cap, the answer is the
     * error page's 413 in the user's language, and that page still gets the query's parameters.
     */
    private void form(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        FormBody form = FormBody.guarded(request, bodies.toBytes());
        if (request.getDispatcherType() != DispatcherType.ERROR && form.pastTheLimit()) {
            response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
            return;
        }
        chain.doFilter(new LimitedBody(form, () -> bodies), response);
    }

    /** The error page of a refused body asks for its parameters again: it gets the same protection. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    private boolean multipartAllowed(HttpServletRequest request) {
        if (HistoryImportServlet.PATH.equals(path(request))) {
            return administrator(sessionLogin(request));
        }
        return request.getContentLengthLong() <= uploads.toBytes();
    }

    /** Asked on the first read, when Spring Security has logged the caller in. */
    private DataSize bodyLimit(HttpServletRequest request) {
        boolean importing = IMPORT_API.equals(path(request))
                && administrator(SecurityContextHolder.getContext().getAuthentication());
        return importing ? imports : bodies;
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static Authentication sessionLogin(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object context = session == null ? null
                : session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        return context instanceof SecurityContext security ? security.getAuthentication() : null;
    }

    private static boolean administrator(Authentication login) {
        return login != null && login.isAuthenticated()
                && login.getAuthorities().stream().anyMatch(a -> ADMINISTRATOR.equals(a.getAuthority()));
    }

    private static boolean isType(HttpServletRequest request, String prefix) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith(prefix);
    }
}
