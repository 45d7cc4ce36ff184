package vn.motcua.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.Part;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A multipart request refused before its body is read: its parts are reported as over the limit,
 * worded so that Spring turns it into {@code MaxUploadSizeExceededException}, and its parameters come
 * from the query string only (so {@code ?lang=} still chooses the answer's language).
 */
final class RefusedBody extends HttpServletRequestWrapper {

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
        String[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
