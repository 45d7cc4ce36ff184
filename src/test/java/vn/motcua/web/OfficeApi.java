package vn.motcua.web;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.List;

/** The dossier API over real HTTP as an officer's tool calls it: HTTP Basic, JSON, multipart uploads. */
public final class OfficeApi {

    public static final String PASSWORD = "motcua-demo";
    private static final String BOUNDARY = "motcua-test-boundary";

    // HTTP/1.1: the server speaks plain HTTP, where an HTTP/2 upgrade attempt only gets in the way.
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String base;

    public OfficeApi(int port) {
        this.base = "http://localhost:" + port;
    }

    /** A response with its body as text and a JSON reader. */
    public record Reply(int status, String body, java.net.http.HttpHeaders headers) {

        public <T> T json(String path) {
            return JsonPath.read(body, path);
        }
    }

    public Reply get(String user, String path) {
        return send(request(user, path).GET().build());
    }

    public Reply post(String user, String path, String json) {
        return send(request(user, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public Reply upload(String user, String fileName, byte[] content) {
        return upload(user, fileName, new ByteArrayInputStream(content), content.length);
    }

    /** Streams the file, so a large upload needs no memory; the length is announced, as browsers do. */
    public Reply upload(String user, String fileName, InputStream content, long size) {
        String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
        String tail = "\r\n--" + BOUNDARY + "--\r\n";
        InputStream body = new SequenceInputStream(Collections.enumeration(List.of(
                new ByteArrayInputStream(head.getBytes(StandardCharsets.UTF_8)), content,
                new ByteArrayInputStream(tail.getBytes(StandardCharsets.UTF_8)))));
        return send(request(user, "/api/v1/files").header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> body),
                        head.getBytes(StandardCharsets.UTF_8).length + size + tail.length()))
                .build());
    }

    /** Reads the whole body as bytes (PDFs, files). */
    public HttpResponse<byte[]> download(String user, String path) {
        try {
            return http.send(request(user, path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String user, String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", "vi");
        if (user != null) {
            String credentials = user + ":" + PASSWORD;
            builder.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return builder;
    }

    private Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
