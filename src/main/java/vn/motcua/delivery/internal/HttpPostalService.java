package vn.motcua.delivery.internal;

import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;
import vn.motcua.delivery.PostalMessages;
import vn.motcua.delivery.PostalOrder;
import vn.motcua.delivery.PostalService;
import vn.motcua.delivery.PostalStatus;
import vn.motcua.platform.OutsideSystemClient;

/**
 * VNPost over HTTP, JSON both ways ({@link PostalMessages}): {@code POST {url}/orders} answered
 * {@code {"ItemCode", "TotalFee"}}; {@code GET {url}/orders/{OrderNumber}} answered with a status, 404 when
 * VNPost does not know the order. Anything else — no answer, no answer in time, a 5xx, a 4xx, an answer
 * without a tracking number — is a {@link PostUnavailableException}: the order is tried again later.
 */
class HttpPostalService implements PostalService {

    private final OutsideSystemClient remote;

    HttpPostalService(Supplier<String> url, DeliverySettings settings) {
        this.remote = OutsideSystemClient.of(url, settings.timeout(), settings.token());
    }

    @Override
    public Receipt order(PostalOrder order) {
        try {
            PostalMessages.OrderAnswer answer = remote.client().post().uri(remote.uri("/orders"))
                    .contentType(MediaType.APPLICATION_JSON).headers(remote::authorise)
                    .body(PostalMessages.Order.of(order)).retrieve().body(PostalMessages.OrderAnswer.class);
            if (answer == null || answer.itemCode() == null || answer.itemCode().isBlank() || answer.totalFee() < 0) {
                throw new PostUnavailableException("VNPost: an answer without ItemCode or TotalFee", null);
            }
            return new Receipt(answer.itemCode(), answer.totalFee());
        } catch (RestClientException e) {
            throw new PostUnavailableException("VNPost: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<PostalStatus> track(String orderNumber) {
        try {
            PostalMessages.Status status = remote.client().get().uri(remote.uri("/orders/{n}"), orderNumber)
                    .headers(remote::authorise).retrieve().body(PostalMessages.Status.class);
            if (status == null || status.statusCode() == null) {
                throw new PostUnavailableException("VNPost: a status without StatusCode", null);
            }
            return Optional.of(status.status());
        } catch (RestClientResponseException e) {
            if (e.getStatusCode().isSameCodeAs(HttpStatus.NOT_FOUND)) {
                return Optional.empty();
            }
            throw new PostUnavailableException("VNPost: " + e.getMessage(), e);
        } catch (RestClientException e) {
            throw new PostUnavailableException("VNPost: " + e.getMessage(), e);
        }
    }
}
