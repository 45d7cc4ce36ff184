package vn.motcua.nationalportal.internal;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;
import vn.motcua.nationalportal.NationalPortal;
import vn.motcua.platform.OutsideSystemClient;

/**
 * The portal over HTTP, JSON both ways: {@code POST {url}/dossiers/add} and {@code …/dossiers/update} with
 * {@code {"data": [dossier]}}, {@code POST {url}/progress} with {@code {"MaHoSo", "data": [entries]}}; the
 * answer is {@code {"error_code", "message"}}. No answer, a 503, a 4xx (refused), a 5xx or no answer in
 * time is a {@link PortalException} with its {@link Failure}; an answer the portal gives is returned as it is.
 */
class HttpNationalPortal implements NationalPortal {

    private final OutsideSystemClient remote;

    HttpNationalPortal(Supplier<String> url, NationalPortalSettings settings) {
        this.remote = OutsideSystemClient.of(url, settings.timeout(), settings.token());
    }

    @Override
    public Answer add(Map<String, Object> dossier) {
        return post("/dossiers/add", Map.of("data", List.of(dossier)));
    }

    @Override
    public Answer update(Map<String, Object> dossier) {
        return post("/dossiers/update", Map.of("data", List.of(dossier)));
    }

    @Override
    public Answer progress(String dossierCode, List<Map<String, Object>> entries) {
        return post("/progress", Map.of("MaHoSo", dossierCode, "data", entries));
    }

    private Answer post(String path, Object body) {
        try {
            Answer answer = remote.client().post().uri(remote.uri(path)).contentType(MediaType.APPLICATION_JSON)
                    .headers(remote::authorise).body(body).retrieve().body(Answer.class);
            if (answer == null || answer.errorCode() == null) {
                throw new PortalException(Failure.ERROR, "National portal: an answer without error_code", null);
            }
            return answer;
        } catch (RestClientResponseException e) {
            Failure failure = e.getStatusCode().isSameCodeAs(HttpStatus.SERVICE_UNAVAILABLE) ? Failure.UNAVAILABLE
                    : e.getStatusCode().is4xxClientError() ? Failure.REFUSED : Failure.ERROR;
            throw new PortalException(failure, "National portal: " + e.getMessage(), e);
        } catch (ResourceAccessException e) {
            throw new PortalException(timeout(e) ? Failure.TIMEOUT : Failure.UNAVAILABLE,
                    "National portal: " + e.getMessage(), e);
        } catch (RestClientException e) {
            throw new PortalException(Failure.ERROR, "National portal: " + e.getMessage(), e);
        }
    }

    private static boolean timeout(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpTimeoutException && !(cause instanceof HttpConnectTimeoutException)
                    || cause instanceof SocketTimeoutException) {
                return true;
            }
            if (cause instanceof ConnectException) {
                return false;
            }
        }
        return false;
    }
}
