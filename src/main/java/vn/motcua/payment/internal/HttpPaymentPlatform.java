package vn.motcua.payment.internal;

import java.net.http.HttpClient;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import vn.motcua.payment.PlatformMessages;
import vn.motcua.payment.PlatformSignature;

/**
 * The platform over HTTP: {@code POST {url}/init} with the order, {@code POST {url}/query} with a status
 * query, JSON both ways. Answers whose MaXacThuc does not hold are taken for no answer.
 */
class HttpPaymentPlatform implements PaymentPlatform {

    private final RestClient client;
    private final Supplier<String> url;
    private final PlatformSettings settings;
    private final Clock clock;

    HttpPaymentPlatform(Supplier<String> url, PlatformSettings settings, Clock clock) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(settings.timeout()).build());
        requests.setReadTimeout(settings.timeout());
        this.client = RestClient.builder().requestFactory(requests).build();
        this.url = url;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public String submit(PlatformMessages.Init order) {
        PlatformMessages.Init signed = order.signedWith(PlatformSignature.sign(order.signed(), settings.secret()));
        PlatformMessages.InitAnswer answer = post("/init", signed, PlatformMessages.InitAnswer.class);
        if (!PlatformMessages.OK.equals(answer.maLoi()) || !order.maThamChieu().equals(answer.maThamChieu())
                || !PlatformSignature.matches(answer.signed(), settings.secret(), answer.maXacThuc())) {
            throw new PlatformUnavailableException("Payment platform refused order " + order.maThamChieu() + ": "
                    + answer.maLoi() + " " + answer.moTa());
        }
        return answer.duongDanThanhToan();
    }

    @Override
    public Optional<PlatformMessages.Result> status(String reference) {
        PlatformMessages.Query query = new PlatformMessages.Query("QUERY", settings.partnerCode(), reference,
                PlatformMessages.time(clock.instant()), null);
        PlatformMessages.Query signed = new PlatformMessages.Query(query.loaiBanTin(), query.maDoiTac(),
                query.maThamChieu(), query.thoiGianGD(), PlatformSignature.sign(query.signed(), settings.secret()));
        PlatformMessages.QueryAnswer answer = post("/query", signed, PlatformMessages.QueryAnswer.class);
        if (PlatformMessages.UNKNOWN_REFERENCE.equals(answer.maLoi())) {
            return Optional.empty();
        }
        PlatformMessages.Result result = answer.ketQua();
        if (!PlatformMessages.OK.equals(answer.maLoi()) || result == null || !reference.equals(result.maThamChieu())
                || !PlatformSignature.matches(result.signed(), settings.secret(), result.maXacThuc())) {
            throw new PlatformUnavailableException("Payment platform gave no valid status for " + reference + ": "
                    + answer.maLoi() + " " + answer.moTa());
        }
        return Optional.of(result);
    }

    private <T> T post(String path, Object body, Class<T> answer) {
        try {
            T read = client.post().uri(url.get() + path).contentType(MediaType.APPLICATION_JSON).body(body)
                    .retrieve().body(answer);
            if (read == null) {
                throw new PlatformUnavailableException("Payment platform answered nothing at " + path);
            }
            return read;
        } catch (RestClientException e) {
            throw new PlatformUnavailableException("Payment platform at " + path + ": " + e.getMessage(), e);
        }
    }
}
