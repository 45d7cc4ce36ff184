package vn.motcua.verification.internal;

import eu.europa.esig.dss.spi.client.http.DataLoader;
import eu.europa.esig.dss.spi.exception.DSSExternalResourceException;
import java.io.Serial;
import java.util.List;
import java.util.Locale;

/**
 * Fetches only {@code http:} and {@code https:} addresses. The addresses come from certificates inside
 * uploaded files, so anyone chooses them: DSS's loader would also read {@code file:}, {@code ftp:} and
 * {@code ldap:} ones, which would let an upload make the server read its own disk or reach a directory.
 */
class HttpOnlyDataLoader implements DataLoader {

    @Serial
    private static final long serialVersionUID = 1L;

    private final DataLoader delegate;

    HttpOnlyDataLoader(DataLoader delegate) {
        this.delegate = delegate;
    }

    @Override
    public byte[] get(String url) {
        return delegate.get(allowed(url));
    }

    @Override
    public DataAndUrl get(List<String> urls) {
        List<String> allowed = urls.stream().filter(HttpOnlyDataLoader::isHttp).toList();
        if (allowed.isEmpty()) {
            throw new DSSExternalResourceException("No http(s) address among " + urls);
        }
        return delegate.get(allowed);
    }

    @Override
    public byte[] post(String url, byte[] content) {
        return delegate.post(allowed(url), content);
    }

    @Override
    public void setContentType(String contentType) {
        delegate.setContentType(contentType);
    }

    private static String allowed(String url) {
        if (!isHttp(url)) {
            throw new DSSExternalResourceException("Only http(s) addresses are fetched: " + url);
        }
        return url;
    }

    static boolean isHttp(String url) {
        String lower = url == null ? "" : url.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }
}
