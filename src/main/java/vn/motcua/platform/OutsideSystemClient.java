package vn.motcua.platform;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.function.Supplier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * How an adapter reaches an outside system (national portal, data store, population gateway, SMS): one
 * HTTP/1.1 client that gives up after the system's timeout, both to connect and to read, so that a slow
 * system fails the call instead of holding an officer or a sender; the system's address, read when called
 * (the built-in simulator's address is known only once the server listens); and its bearer token, if any.
 *
 * @param client the client, with the timeouts
 * @param address the system's base address
 * @param token the bearer token; blank sends none
 */
public record OutsideSystemClient(RestClient client, Supplier<String> address, String token) {

    /** A client for the system at {@code address}, giving up after {@code timeout}. */
    public static OutsideSystemClient of(Supplier<String> address, Duration timeout, String token) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build());
        requests.setReadTimeout(timeout);
        return new OutsideSystemClient(RestClient.builder().requestFactory(requests).build(), address, token);
    }

    /** The address of {@code path} at the system (the base address itself for ""). */
    public String uri(String path) {
        return address.get() + path;
    }

    /** Adds the bearer token to a request's headers, when there is one. */
    public void authorise(HttpHeaders headers) {
        if (token != null && !token.isBlank()) {
            headers.setBearerAuth(token);
        }
    }
}
