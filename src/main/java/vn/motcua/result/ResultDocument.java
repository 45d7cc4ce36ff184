package vn.motcua.result;

import java.time.LocalDateTime;
import vn.motcua.dossier.AttachedFile;

/**
 * A result document (kết quả giải quyết) recorded when the dossier was marked done; never deleted.
 *
 * @param code {@code {dossier code}-KQ{n}}, n from 1
 * @param file the file as its upload recorded it
 * @param issuedAt when the dossier was marked done with it
 * @param issuedBy the officer (username) who did
 */
public record ResultDocument(String code, AttachedFile file, LocalDateTime issuedAt, String issuedBy) {
}
