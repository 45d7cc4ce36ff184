package vn.motcua.datastore;

import java.time.Instant;
import java.time.LocalDate;
import vn.motcua.dossier.AttachedFile;

/**
 * One document in an owner's data store.
 *
 * @param id its number in the store
 * @param ownerId the personal ID number or enterprise code it is kept under
 * @param documentType what it is (loại giấy tờ), as the procedure names its result or the component
 * @param source where it came from
 * @param reference the source's own name for it: the result code, the dossier code and component, the
 *     copy's certification number, the national store's identifier
 * @param dossierCode the dossier it came from, if any
 * @param validUntil the last day it is valid; null when it does not expire
 * @param file the file in the document store
 * @param storedAt when the store took it
 */
public record StoredDocument(long id, String ownerId, String documentType, DocumentSource source, String reference,
        String dossierCode, LocalDate validUntil, AttachedFile file, Instant storedAt) {

    /** Still valid on {@code day} (còn hiệu lực): it does not expire or expires on that day or later. */
    public boolean validOn(LocalDate day) {
        return validUntil == null || !validUntil.isBefore(day);
    }
}
