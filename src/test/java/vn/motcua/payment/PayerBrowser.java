package vn.motcua.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A payer's browser on the platform's page, over real HTTP: it keeps its cookies and sends the form's token. */
final class PayerBrowser {

    private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /** Opens the payer page, then pays, fails or cancels as told; returns where the platform sends the payer back. */
    String decide(String payerPage, String outcome, String misbehaviour) throws IOException, InterruptedException {
        HttpResponse<String> page = get(payerPage);
        assertThat(page.statusCode()).isEqualTo(200);
        Matcher token = TOKEN.matcher(page.body());
        assertThat(token.find()).as("the payer page's form carries its token").isTrue();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", token.group(1));
        form.put("bank", "970436");
        form.put("payerName", "NGUYEN VAN A");
        form.put("outcome", outcome);
        form.put("misbehaviour", misbehaviour);
        HttpResponse<String> decided = post(payerPage, form);
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(302);
        return decided.headers().firstValue("Location").orElseThrow();
    }

    HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String url, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(),
                StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type",
                "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postJson(String url, String json) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
