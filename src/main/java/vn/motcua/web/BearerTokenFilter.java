package vn.motcua.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.motcua.organization.ApiTokens;
import vn.motcua.organization.OfficerPrincipal;

/**
 * Logs an API call in by its personal token ({@code Authorization: Bearer mct_…}, RFC 6750). Each call
 * stands alone: the login is kept for this request only, never in a session, so a token needs no
 * cookie and a stolen cookie is never a token. A token that does not open the API stops the call with
 * 401 at once, rather than letting it fall through as anonymous.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    private static final Pattern BEARER = Pattern.compile("^Bearer(?: +(\\S*))? *$", Pattern.CASE_INSENSITIVE);
    private static final RequestMatcher API = PathPatternRequestMatcher.pathPattern("/api/**");

    private final ApiTokens tokens;
    private final AuthenticationEntryPoint invalidToken;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
    // Per request only, so that the error page dispatched after a failure still knows the caller.
    private final SecurityContextRepository thisRequest = new RequestAttributeSecurityContextRepository();
    private final WebAuthenticationDetailsSource details = new WebAuthenticationDetailsSource();

    BearerTokenFilter(ApiTokens tokens, AuthenticationEntryPoint invalidToken) {
        this.tokens = tokens;
        this.invalidToken = invalidToken;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !API.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        Matcher bearer = header == null ? null : BEARER.matcher(header);
        if (bearer == null || !bearer.matches()) {
            chain.doFilter(request, response);
            return;
        }
        Optional<OfficerPrincipal> officer = tokens.authenticate(bearer.group(1));
        if (officer.isEmpty()) {
            contexts.clearContext();
            invalidToken.commence(request, response, new BadCredentialsException("Invalid API token"));
            return;
        }
        UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken.authenticated(
                officer.get(), null, officer.get().getAuthorities());
        authentication.setDetails(details.buildDetails(request));
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(authentication);
        contexts.setContext(context);
        thisRequest.saveContext(context, request, response);
        chain.doFilter(request, response);
    }
}
