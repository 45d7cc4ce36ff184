package vn.motcua.nationalportal.internal;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;
import vn.motcua.nationalportal.NationalPortal.Answer;
import vn.motcua.nationalportal.NationalPortal.Failure;
import vn.motcua.nationalportal.NationalPortal.PortalException;
import vn.motcua.platform.OutsideSystemClient;

/**
 * An outside system that takes JSON and answers {@code {"error_code", "message"}} (the national portal, EMC):
 * no answer, a 503, a 4xx (refused), a 5xx or no answer in time is a {@link PortalException} with its
 * {@link Failure}; an answer the system gives is returned as it is.
 */
class AnswerClient {

    private final OutsideSystemClient remote;
    private final String receiver;

    /** @param receiver the system's name in the failures' messages */
    AnswerClient(Supplier<String> url, Duration timeout, String token, String receiver) {
        this.remote = OutsideSystemClient.of(url, timeout, token);
        this.receiver = receiver;
    }

    Answer post(String path, Object body) {
        try {
            Answer answer = remote.client().post().uri(remote.uri(path)).contentType(MediaType.APPLICATION_JSON)
                    .headers(remote::authorise).body(body).retrieve().body(Answer.class);
            if (answer == null || answer.errorCode() == null) {
                throw new PortalException(Failure.ERROR, receiver + ": an answer without error_code", null);
            }
            return answer;
        } catch (RestClientResponseException e) {
            Failure failure = e.getStatusCode().isSameCodeAs(HttpStatus.SERVICE_UNAVAILABLE) ? Failure.UNAVAILABLE
                    : e.getStatusCode().is4xxClientError() ? Failure.REFUSED : Failure.ERROR;
            throw new PortalException(failure, receiver + ": " + e.getMessage(), e);
        } catch (ResourceAccessException e) {
            throw new PortalException(timeout(e) ? Failure.TIMEOUT : Failure.UNAVAILABLE,
                    receiver + ": " + e.getMessage(), e);
        } catch (RestClientException e) {
            throw new PortalException(Failure.ERROR, receiver + ": " + e.getMessage(), e);
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
