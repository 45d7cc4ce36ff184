package vn.motcua.notification.internal;

import java.util.Map;
import java.util.function.Supplier;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClientException;
import vn.motcua.notification.SendFailedException;
import vn.motcua.notification.SmsGateway;
import vn.motcua.notification.SmsMessage;
import vn.motcua.platform.OutsideSystemClient;

/**
 * Posts each SMS as JSON {@code {"id", "to", "text"}} to the gateway's URL (README "Notifications");
 * any 2xx answer means the gateway took it, anything else (or no answer in time) is a failure the
 * outbox retries with the same id.
 */
class HttpSmsGateway implements SmsGateway {

    private final OutsideSystemClient remote;

    HttpSmsGateway(Supplier<String> url, NotificationSettings.Sms settings) {
        this.remote = OutsideSystemClient.of(url, settings.timeout(), settings.token());
    }

    @Override
    public void send(SmsMessage message) {
        try {
            remote.client().post().uri(remote.uri("")).contentType(MediaType.APPLICATION_JSON)
                    .headers(remote::authorise)
                    .body(Map.of("id", message.id(), "to", message.to(), "text", message.text()))
                    .retrieve().toBodilessEntity();
        } catch (RestClientException e) {
            throw new SendFailedException("SMS gateway: " + e.getMessage(), e);
        }
    }
}
