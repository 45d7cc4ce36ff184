package vn.motcua.reading;

import java.time.Instant;

/**
 * A scanned paper whose text holds the words searched for, where it was received.
 *
 * @param sha256 the file
 * @param dossierCode the dossier it is a component of
 * @param component the component's name
 * @param fileName the name it was uploaded under
 * @param snippet the text around the first word found, as read (accents and all)
 * @param readAt when its text was read
 */
public record ScanHit(String sha256, String dossierCode, String component, String fileName, String snippet,
        Instant readAt) {
}
