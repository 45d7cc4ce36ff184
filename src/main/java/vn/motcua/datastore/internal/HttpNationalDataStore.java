package vn.motcua.datastore.internal;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClientException;
import vn.motcua.datastore.NationalDataStore;
import vn.motcua.platform.OutsideSystemClient;

/**
 * The national data store over HTTP, JSON both ways: a document is {@code {"id", "ownerId",
 * "documentType", "dossierCode", "validUntil", "fileName", "mediaType", "content"}} (content in base64,
 * validUntil an ISO date or null). Any 2xx answer to a push means the store has the document; anything
 * else, or no answer in time, is a failure the outbox retries with the same id.
 */
class HttpNationalDataStore implements NationalDataStore {

    private final OutsideSystemClient remote;

    HttpNationalDataStore(Supplier<String> url, NationalStoreSettings settings) {
        this.remote = OutsideSystemClient.of(url, settings.timeout(), settings.token());
    }

    @Override
    public void push(NationalDocument document) {
        try {
            remote.client().post().uri(remote.uri("/documents")).contentType(MediaType.APPLICATION_JSON)
                    .headers(remote::authorise).body(document).retrieve().toBodilessEntity();
        } catch (RestClientException e) {
            throw new NationalStoreException("National data store: " + e.getMessage(), e);
        }
    }

    @Override
    public List<NationalDocument> lookup(String ownerId) {
        try {
            NationalDocument[] found = remote.client().get().uri(remote.uri("/owners/{owner}/documents"), ownerId)
                    .accept(MediaType.APPLICATION_JSON).headers(remote::authorise).retrieve()
                    .body(NationalDocument[].class);
            return found == null ? List.of() : Arrays.asList(found);
        } catch (RestClientException e) {
            throw new NationalStoreException("National data store: " + e.getMessage(), e);
        }
    }
}
