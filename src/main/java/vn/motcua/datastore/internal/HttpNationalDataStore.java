package vn.motcua.datastore.internal;

import java.net.http.HttpClient;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import vn.motcua.datastore.NationalDataStore;

/**
 * The national data store over HTTP, JSON both ways: a document is {@code {"id", "ownerId",
 * "documentType", "dossierCode", "validUntil", "fileName", "mediaType", "content"}} (content in base64,
 * validUntil an ISO date or null). Any 2xx answer to a push means the store has the document; anything
 * else, or no answer in time, is a failure the outbox retries with the same id.
 */
class HttpNationalDataStore implements NationalDataStore {

    private final RestClient client;
    private final Supplier<String> url;
    private final String token;

    HttpNationalDataStore(Supplier<String> url, NationalStoreSettings settings) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1).connectTimeout(settings.timeout()).build());
        requests.setReadTimeout(settings.timeout());
        this.client = RestClient.builder().requestFactory(requests).build();
        this.url = url;
        this.token = settings.token();
    }

    @Override
    public void push(NationalDocument document) {
        try {
            client.post().uri(url.get() + "/documents").contentType(MediaType.APPLICATION_JSON)
                    .headers(this::authorise).body(document).retrieve().toBodilessEntity();
        } catch (RestClientException e) {
            throw new NationalStoreException("National data store: " + e.getMessage(), e);
        }
    }

    @Override
    public List<NationalDocument> lookup(String ownerId) {
        try {
            NationalDocument[] found = client.get().uri(url.get() + "/owners/{owner}/documents", ownerId)
                    .accept(MediaType.APPLICATION_JSON).headers(this::authorise).retrieve()
                    .body(NationalDocument[].class);
            return found == null ? List.of() : Arrays.asList(found);
        } catch (RestClientException e) {
            throw new NationalStoreException("National data store: " + e.getMessage(), e);
        }
    }

    private void authorise(HttpHeaders headers) {
        if (token != null && !token.isBlank()) {
            headers.set(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
    }
}
