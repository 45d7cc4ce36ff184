package vn.motcua.specialised;

/**
 * What every ministry's specialised system (cơ sở dữ liệu chuyên ngành) adapter shares: a name for the logs and
 * pages, and one failure, "unavailable", which the exchange retries. Each system adds its own messages
 * ({@link BusinessRegistry} is the first).
 */
public interface SpecialisedSystem {

    /** The system's short name, e.g. {@code business-registry}. */
    String name();

    /** The system did not answer as expected (down, too slow, an error). */
    class SystemUnavailableException extends RuntimeException {

        public SystemUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
