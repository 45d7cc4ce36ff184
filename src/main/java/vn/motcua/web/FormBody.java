package vn.motcua.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A form's body (multipart or urlencoded) that may not be parsed in full. Refused ({@link #refused}: a
 * multipart body over its limit by its announced length, or not the caller's to send) it is never
 * read and its parts are reported as over the limit. Guarded ({@link #guarded}) it is parsed by the
 * servlet container, which stops at the limit while reading; if it does, the parts report it, and
 * {@link #pastTheLimit()} says so. A multipart failure is worded as Spring recognises a size failure
 * ("exceed" with "size") and turns it into {@code MaxUploadSizeExceededException}. Either way the
 * parameters fall back to the query string, so {@code ?lang=} and the CSRF token that upload forms put
 * in their address still count, on the error page too.
 */
final class FormBody extends HttpServletRequestWrapper {

    private final long limit;
    private final boolean refused;
    private final Map<String, String[]> query;

    private FormBody(HttpServletRequest request, long limit, boolean refused) {
        super(request);
        this.limit = limit;
        this.refused = refused;
        this.query = parse(request.getQueryString());
    }

    static FormBody refused(HttpServletRequest request, long limit) {
        return new FormBody(request, limit, true);
    }

    static FormBody guarded(HttpServletRequest request, long limit) {
        return new FormBody(request, limit, false);
    }

    @Override
    public Collection<Part> getParts() throws IOException, ServletException {
        if (refused) {
            throw tooLarge();
        }
        return super.getParts();
    }

    @Override
    public Part getPart(String name) throws IOException, ServletException {
        if (refused) {
            throw tooLarge();
        }
        return super.getPart(name);
    }

    @Override
    public String getParameter(String name) {
        String[] values = parameters().get(name);
        return values == null ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        return parameters();
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(parameters().keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
        return parameters().get(name);
    }

    /** Whether the container refused to parse the body: it was larger than the limit. */
    boolean pastTheLimit() {
        try {
            super.getParameterMap();
            return false;
        } catch (IllegalStateException refused) {
            return true;
        }
    }

    private Map<String, String[]> parameters() {
        if (!refused) {
            try {
                return super.getParameterMap();
            } catch (IllegalStateException pastTheLimit) {
                // The container stopped reading at the limit; the parts say so when they are asked for.
            }
        }
        return Collections.unmodifiableMap(query);
    }

    private IllegalStateException tooLarge() {
        return new IllegalStateException("The request size exceeds the configured maximum (" + limit + ")");
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
        String[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
