package vn.motcua.population.internal;

import java.util.function.Supplier;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClientException;
import vn.motcua.platform.OutsideSystemClient;
import vn.motcua.population.PopulationGateway;

/**
 * The gateway over HTTP, JSON both ways ({@link PopulationGateway.Request} in, {@link PopulationGateway.Answer}
 * out). An answer that is neither found nor not found, any other status, or no answer in time is
 * "unavailable": the caller goes on by hand.
 */
class HttpPopulationGateway implements PopulationGateway {

    private final OutsideSystemClient remote;

    HttpPopulationGateway(Supplier<String> url, PopulationSettings settings) {
        this.remote = OutsideSystemClient.of(url, settings.timeout(), settings.token());
    }

    @Override
    public Answer lookUp(Request request) {
        Answer answer;
        try {
            answer = remote.client().post().uri(remote.uri("/lookup")).contentType(MediaType.APPLICATION_JSON)
                    .accept(MediaType.APPLICATION_JSON).headers(remote::authorise).body(request).retrieve()
                    .body(Answer.class);
        } catch (RestClientException e) {
            throw new GatewayUnavailableException("Population gateway: " + e.getMessage(), e);
        }
        if (answer == null || !(answer.found() || Answer.NOT_FOUND.equals(answer.errorCode()))) {
            throw new GatewayUnavailableException("Population gateway: unexpected answer " + answer, null);
        }
        return answer;
    }
}
