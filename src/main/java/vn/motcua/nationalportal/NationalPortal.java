package vn.motcua.nationalportal;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * The National Public Service Portal's dossier sync (INTEGRATION.md): add dossiers, update dossiers, sync
 * progress. A dossier object and a progress entry are JSON objects with the portal's field names
 * ({@code MaHoSo}, {@code TrangThaiHoSo}…; dates {@code yyyyMMddHHmmss} in Asia/Ho_Chi_Minh).
 */
public interface NationalPortal {

    /** At most this many progress entries in one call (INTEGRATION.md). */
    int PROGRESS_BATCH = 10;

    /** Adds a dossier; answered {@link Answer#ALREADY_EXISTS} when the portal has it. */
    Answer add(Map<String, Object> dossier);

    /** Replaces what the portal holds of a dossier. */
    Answer update(Map<String, Object> dossier);

    /** Appends progress entries (at most {@link #PROGRESS_BATCH}) to a dossier's history. */
    Answer progress(String dossierCode, List<Map<String, Object>> entries);

    /**
     * The portal's answer, {@code {"error_code", "message"}}.
     *
     * @param errorCode {@link #OK}, {@link #ALREADY_EXISTS}, or another code: refused
     */
    record Answer(@JsonProperty("error_code") String errorCode, @JsonProperty("message") String message) {

        public static final String OK = "0";
        /** To an add: the portal has this dossier; send an update instead. */
        public static final String ALREADY_EXISTS = "2";
        /** To an update: the portal has no such dossier; add it. */
        public static final String UNKNOWN_DOSSIER = "3";
        /** The message breaks the portal's rules (a field missing, too long, too many entries). */
        public static final String INVALID = "1";

        public boolean ok() {
            return OK.equals(errorCode);
        }
    }

    /** Why a call failed, as the administrator's page groups the failures. */
    enum Failure {
        /** The portal could not be reached or answered 503. */
        UNAVAILABLE,
        /** No answer in time. */
        TIMEOUT,
        /** The portal answered with an error of its own (5xx). */
        ERROR,
        /** The portal answered, refusing the message ({@code error_code} other than success). */
        REFUSED
    }

    /** A call that did not succeed, and why. */
    class PortalException extends RuntimeException {

        private final Failure failure;

        public PortalException(Failure failure, String message, Throwable cause) {
            super(message, cause);
            this.failure = failure;
        }

        public Failure failure() {
            return failure;
        }
    }
}
