package vn.motcua.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON API as the officers' clients call it, each call timed and counted in {@link LoadStats}.
 * Demo officers sign in with HTTP Basic and the demo password.
 */
final class MotcuaApi {

    private static final String DEMO_PASSWORD = "motcua-demo";
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);

    /** An answer: its status, and its JSON body when it succeeded. */
    record Reply(int status, JsonNode body) {
        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private final URI base;
    private final LoadStats stats;
    private final JsonMapper json = JsonMapper.builder().build();
    // HTTP/1.1: the server speaks plain HTTP, so an HTTP/2 upgrade attempt would only add a header.
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * One session per officer, as a real integration keeps its cookie: the first call authenticates
     * with the password (a deliberately slow hash), the next ones ride on the session.
     */
    private final java.util.Map<String, String> sessions = new java.util.concurrent.ConcurrentHashMap<>();

    MotcuaApi(URI base, LoadStats stats) {
        this.base = base;
        this.stats = stats;
    }

    /** True when the application answers its health check. */
    boolean healthy() {
        try {
            return http.send(HttpRequest.newBuilder(base.resolve("/actuator/health")).timeout(CALL_TIMEOUT).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A call that changes a dossier (receives it or takes an action); counted as a transition when it succeeds. */
    Reply post(String officer, String path, Object body, String action) {
        HttpRequest request = request(officer, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8))
                .build();
        return send(request, action, true);
    }

    Reply get(String officer, String path, String action) {
        return send(request(officer, path).GET().build(), action, false);
    }

    private HttpRequest.Builder request(String officer, String path) {
        String credentials = Base64.getEncoder()
                .encodeToString((officer + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(CALL_TIMEOUT)
                .header("Authorization", "Basic " + credentials).header("Accept", "application/json")
                .header("X-Officer", officer);
        String session = sessions.get(officer);
        return session == null ? builder : builder.header("Cookie", session);
    }

    private Reply send(HttpRequest request, String action, boolean changesADossier) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            long elapsed = System.nanoTime() - start;
            rememberSession(request, response);
            Reply reply = new Reply(response.statusCode(), null);
            if (!reply.ok()) {
                stats.failure(action, reply.status());
                return reply;
            }
            stats.success(action, elapsed, changesADossier);
            return new Reply(reply.status(), json.readTree(response.body()));
        } catch (IOException e) {
            stats.failure(action, LoadStats.NO_ANSWER);
            return new Reply(LoadStats.NO_ANSWER, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reply(LoadStats.NO_ANSWER, null);
        }
    }

    private void rememberSession(HttpRequest request, HttpResponse<?> response) {
        request.headers().firstValue("X-Officer").ifPresent(officer -> response.headers().allValues("Set-Cookie")
                .stream().filter(cookie -> cookie.startsWith("JSESSIONID="))
                .map(cookie -> cookie.substring(0, cookie.indexOf(';') < 0 ? cookie.length() : cookie.indexOf(';')))
                .findFirst().ifPresent(cookie -> sessions.put(officer, cookie)));
    }
}
