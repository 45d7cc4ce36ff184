package vn.motcua.specialised.internal;

import java.util.Set;
import java.util.function.Supplier;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClientException;
import vn.motcua.platform.OutsideSystemClient;
import vn.motcua.specialised.BusinessRegistry;

/**
 * The registry over HTTP, JSON both ways. Any status but 200, an answer without its reference or with an unknown
 * state, or no answer in time is "unavailable": the exchange tries again later.
 */
class HttpBusinessRegistry implements BusinessRegistry {

    private static final Set<String> STATES = Set.of(Answer.IN_PROGRESS, Answer.REGISTERED, Answer.REFUSED);

    private final OutsideSystemClient remote;

    HttpBusinessRegistry(Supplier<String> url, SpecialisedSettings.Registry settings) {
        this.remote = OutsideSystemClient.of(url, settings.timeout(), settings.token());
    }

    @Override
    public String name() {
        return "business-registry";
    }

    @Override
    public Receipt file(Filing filing) {
        Receipt receipt = call(() -> remote.client().post().uri(remote.uri("/filings"))
                .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON).headers(remote::authorise)
                .body(filing).retrieve().body(Receipt.class));
        if (receipt == null || !"0".equals(receipt.errorCode()) || receipt.reference() == null
                || receipt.reference().isBlank() || receipt.reference().length() > 60) {
            throw new SystemUnavailableException("Business registry: unexpected receipt " + receipt, null);
        }
        return receipt;
    }

    @Override
    public Answer answer(String reference) {
        Answer answer = call(() -> remote.client().get().uri(remote.uri("/filings/{reference}"), reference)
                .accept(MediaType.APPLICATION_JSON).headers(remote::authorise).retrieve().body(Answer.class));
        if (answer == null || !STATES.contains(answer.state())
                || Answer.REGISTERED.equals(answer.state()) && (answer.registrationNumber() == null
                        || answer.certificateBase64() == null)) {
            throw new SystemUnavailableException("Business registry: unexpected answer state "
                    + (answer == null ? null : answer.state()), null);
        }
        return answer;
    }

    private static <T> T call(Supplier<T> request) {
        try {
            return request.get();
        } catch (RestClientException e) {
            throw new SystemUnavailableException("Business registry: " + e.getMessage(), e);
        }
    }
}
