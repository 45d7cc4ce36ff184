package vn.motcua.result;

import java.time.LocalDateTime;
import vn.motcua.dossier.AttachedFile;

/**
 * Dự thảo kết quả: a result before it is final. Its code and the QR code of its verification page are
 * on the page from the start, so the leader's signature covers them.
 *
 * @param code {@code {dossier code}-KQ{n}}, the code it keeps once sealed
 * @param file the PDF as it stands (stamped; signed once the leader approved it)
 * @param draftedBy the specialist (username) who drafted it
 * @param draftedAt when
 * @param signedBy the leader who signed it personally; null until then
 * @param signedAt when; null until then
 */
public record ResultDraft(String code, AttachedFile file, String draftedBy, LocalDateTime draftedAt, String signedBy,
        LocalDateTime signedAt) {

    public boolean signed() {
        return signedBy != null;
    }
}
