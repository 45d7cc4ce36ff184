package vn.motcua.notification.internal;

import java.net.http.HttpClient;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import vn.motcua.notification.SendFailedException;
import vn.motcua.notification.SmsGateway;
import vn.motcua.notification.SmsMessage;

/**
 * Posts each SMS as JSON {@code {"id", "to", "text"}} to the gateway's URL (README "Notifications");
 * any 2xx answer means the gateway took it, anything else (or no answer in time) is a failure the
 * outbox retries with the same id.
 */
class HttpSmsGateway implements SmsGateway {

    private final RestClient client;
    private final Supplier<String> url;
    private final String token;

    HttpSmsGateway(Supplier<String> url, NotificationSettings.Sms settings) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(settings.timeout()).build());
        requests.setReadTimeout(settings.timeout());
        this.client = RestClient.builder().requestFactory(requests).build();
        this.url = url;
        this.token = settings.token();
    }

    @Override
    public void send(SmsMessage message) {
        try {
            client.post().uri(url.get()).contentType(MediaType.APPLICATION_JSON)
                    .headers(h -> {
                        if (token != null && !token.isBlank()) {
                            h.set(HttpHeaders.AUTHORIZATION, "Bearer " + token);
                        }
                    })
                    .body(Map.of("id", message.id(), "to", message.to(), "text", message.text()))
                    .retrieve().toBodilessEntity();
        } catch (RestClientException e) {
            throw new SendFailedException("SMS gateway: " + e.getMessage(), e);
        }
    }
}
