package vn.motcua.population.internal;

import java.net.http.HttpClient;
import java.util.function.Supplier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import vn.motcua.population.PopulationGateway;

/**
 * The gateway over HTTP, JSON both ways ({@link PopulationGateway.Request} in, {@link PopulationGateway.Answer}
 * out). An answer that is neither found nor not found, any other status, or no answer in time is
 * "unavailable": the caller goes on by hand.
 */
class HttpPopulationGateway implements PopulationGateway {

    private final RestClient client;
    private final Supplier<String> url;
    private final String token;

    HttpPopulationGateway(Supplier<String> url, PopulationSettings settings) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1).connectTimeout(settings.timeout()).build());
        requests.setReadTimeout(settings.timeout());
        this.client = RestClient.builder().requestFactory(requests).build();
        this.url = url;
        this.token = settings.token();
    }

    @Override
    public Answer lookUp(Request request) {
        Answer answer;
        try {
            answer = client.post().uri(url.get() + "/lookup").contentType(MediaType.APPLICATION_JSON)
                    .accept(MediaType.APPLICATION_JSON).headers(this::authorise).body(request).retrieve()
                    .body(Answer.class);
        } catch (RestClientException e) {
            throw new GatewayUnavailableException("Population gateway: " + e.getMessage(), e);
        }
        if (answer == null || !(answer.found() || Answer.NOT_FOUND.equals(answer.errorCode()))) {
            throw new GatewayUnavailableException("Population gateway: unexpected answer " + answer, null);
        }
        return answer;
    }

    private void authorise(HttpHeaders headers) {
        if (token != null && !token.isBlank()) {
            headers.set(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
    }
}
