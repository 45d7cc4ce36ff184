package vn.motcua.web;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.motcua.document.FileStore;
import vn.motcua.dossier.ComponentInput;
import vn.motcua.platform.Problems;

/**
 * Checks that the files a client names by checksum were really uploaded: the dossier module takes
 * attached files on trust, and a page's hidden fields or an API body can name anything.
 */
@Component
public class AttachedFiles {

    private final FileStore files;

    AttachedFiles(FileStore files) {
        this.files = files;
    }

    /** Records a problem under {@code components[i].file} for each file the store does not hold. */
    public void check(List<ComponentInput> components, Problems problems) {
        for (int i = 0; i < components.size(); i++) {
            boolean unknown = components.get(i).files().stream().anyMatch(f -> !held(f.sha256()));
            problems.when(unknown, "components[" + i + "].file", "officeForm.file.unknown");
        }
    }

    private boolean held(String sha256) {
        return sha256 != null && sha256.matches("[0-9a-f]{64}") && files.exists(sha256);
    }
}
