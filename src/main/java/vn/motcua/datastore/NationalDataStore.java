package vn.motcua.datastore;

import java.time.LocalDate;
import java.util.List;

/**
 * Kho dữ liệu quốc gia: the national data store, reached over HTTP (README "The data store and certified
 * copies"): {@code POST {url}/documents} takes a document, {@code GET {url}/owners/{ownerId}/documents}
 * answers an owner's. Unset, the application's own simulator ({@link NationalStoreSimulator}).
 */
public interface NationalDataStore {

    /**
     * Pushes a document; pushing one the national store already has (same id) is a success.
     *
     * @throws NationalStoreException when it did not answer that it has the document
     */
    void push(NationalDocument document);

    /**
     * The owner's documents the national store holds.
     *
     * @throws NationalStoreException when it did not answer
     */
    List<NationalDocument> lookup(String ownerId);

    /**
     * A document as the national store exchanges it.
     *
     * @param id its identifier there: the result code for a result
     * @param ownerId the personal ID number or enterprise code
     * @param documentType what it is
     * @param dossierCode the dossier it came from, if any
     * @param validUntil the last day it is valid, null when it does not expire
     * @param fileName the file's name
     * @param mediaType the file's type
     * @param content the file
     */
    record NationalDocument(String id, String ownerId, String documentType, String dossierCode, LocalDate validUntil,
            String fileName, String mediaType, byte[] content) {
    }

    /** The national store did not answer as expected (down, too slow, refused). */
    class NationalStoreException extends RuntimeException {

        public NationalStoreException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
