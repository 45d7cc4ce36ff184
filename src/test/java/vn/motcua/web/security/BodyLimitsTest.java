package vn.motcua.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletContext;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.unit.DataSize;
import vn.motcua.MotcuaIntegrationTest;

/**
 * Request bodies are capped while they are read, chunked ones included: an anonymous upload without a
 * length cannot make the server spool more than the multipart cap to disk, and a JSON body or a form
 * past the ordinary cap is answered 413 in the caller's language, as JSON or as the site's error page.
 */
@MotcuaIntegrationTest
class BodyLimitsTest {

    private static final long MB = DataSize.ofMegabytes(1).toBytes();

    @LocalServerPort
    int port;
    @Autowired
    ServletContext servletContext;
    @Value("${motcua.uploads.max-request-size}")
    DataSize uploadCap;

    @Test
    void aChunkedAnonymousUploadOverTheCapIsRefusedAndNeverSpooledPastIt() throws IOException {
        Path spool = ((File) servletContext.getAttribute(ServletContext.TEMPDIR)).toPath();
        long before = size(spool);
        AtomicLong most = new AtomicLong();
        byte[] part = ("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"scan.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.US_ASCII);

        RawHttp.Answer answer = new RawHttp(port).chunked(part, uploadCap.toBytes() + 20 * MB,
                () -> most.accumulateAndGet(size(spool) - before, Math::max),
                "POST /office/reception HTTP/1.1", "Host: localhost", "Content-Type: multipart/form-data; boundary=b");

        assertThat(most.get()).as("bytes spooled to disk at most").isLessThanOrEqualTo(uploadCap.toBytes());
        assertThat(answer.status()).as("refused, or cut off unanswered").isIn(-1, 400, 403, 413);
    }

    @Test
    void aChunkedJsonBodyOverTheOrdinaryCapIsRefusedWith413InTheCallersLanguage() throws Exception {
        String opening = "{\"summary\": \"";
        InputStream huge = new SequenceInputStream(new ByteArrayInputStream(opening.getBytes(StandardCharsets.UTF_8)),
                new ByteArrayInputStream("a".repeat((int) (3 * MB)).getBytes(StandardCharsets.UTF_8)));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/dossiers?lang=en"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "tiepnhan:motcua-demo".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                // No length known up front: the body goes chunked.
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> huge)).build();

        HttpResponse<String> answer = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(answer.body()).contains("\"message\":\"The request body is too large: the limit is 2 MB.");
    }

    @Test
    void aFormOverTheOrdinaryCapIsRefusedWithAPageNotAServerError() throws IOException {
        RawHttp http = new RawHttp(port);
        String form = "username=tiepnhan&password=" + "a".repeat((int) (3 * MB));
        String[] browser = {"POST /login HTTP/1.1", "Host: localhost", "Accept: text/html",
            "Content-Type: application/x-www-form-urlencoded"};
        RawHttp.Answer announced = http.send(form, browser);
        RawHttp.Answer chunked = http.chunked(form.substring(0, 100).getBytes(StandardCharsets.US_ASCII), 3 * MB,
                () -> { }, browser);

        for (RawHttp.Answer answer : java.util.List.of(announced, chunked)) {
            assertThat(answer.status()).as(answer.body()).isEqualTo(413);
            assertThat(answer.body()).contains("Nội dung gửi lên quá lớn");
        }
    }

    private static long size(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(BodyLimitsTest::length).sum();
        } catch (IOException | UncheckedIOException e) {
            return 0; // a spool file vanished while counting: counted at the next chunk
        }
    }

    private static long length(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
