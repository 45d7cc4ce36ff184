package vn.motcua.nationalcatalog.internal;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClientException;
import vn.motcua.nationalcatalog.NationalCatalogSource;
import vn.motcua.nationalcatalog.NationalProcedure;
import vn.motcua.platform.OutsideSystemClient;

/**
 * The national database over HTTP: a JSON array of {@link NationalProcedure}. Any status but 200, no array,
 * or no answer in time is "unavailable": the sync changes nothing and is tried again later.
 */
class HttpNationalCatalogSource implements NationalCatalogSource {

    private final OutsideSystemClient remote;

    HttpNationalCatalogSource(Supplier<String> url, NationalCatalogSettings settings) {
        this.remote = OutsideSystemClient.of(url, settings.timeout(), settings.token());
    }

    @Override
    public List<NationalProcedure> procedures() {
        NationalProcedure[] answer;
        try {
            answer = remote.client().get().uri(remote.uri("/procedures")).accept(MediaType.APPLICATION_JSON)
                    .headers(remote::authorise).retrieve().body(NationalProcedure[].class);
        } catch (RestClientException e) {
            throw new SourceUnavailableException("National catalog: " + e.getMessage(), e);
        }
        if (answer == null) {
            throw new SourceUnavailableException("National catalog: no list in the answer", null);
        }
        return List.of(answer);
    }
}
