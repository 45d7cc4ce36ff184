package vn.motcua.nationalcatalog;

import java.util.List;

/**
 * The national procedure database: {@code GET {url}/procedures} answers every listed procedure as a JSON array
 * of {@link NationalProcedure}. Unset, the application's own simulator ({@link NationalCatalogSimulator}).
 */
public interface NationalCatalogSource {

    /**
     * Every procedure the national database lists now.
     *
     * @throws SourceUnavailableException when it did not answer in time, or answered an error or no list
     */
    List<NationalProcedure> procedures();

    /** The national database did not answer as expected (down, too slow, an error). */
    class SourceUnavailableException extends RuntimeException {

        public SourceUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
