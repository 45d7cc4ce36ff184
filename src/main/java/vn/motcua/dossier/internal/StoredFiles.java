package vn.motcua.dossier.internal;

import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import vn.motcua.document.FileStore;
import vn.motcua.dossier.AttachedFile;
import vn.motcua.dossier.ComponentInput;
import vn.motcua.platform.Problems;

/**
 * A dossier only records files the store really holds: a page's hidden fields or an API body can name
 * any checksum, and a record pointing at nothing would be a component that looks digitised but is not.
 */
@Component
class StoredFiles {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final FileStore files;

    StoredFiles(FileStore files) {
        this.files = files;
    }

    /** Records a problem under {@code {prefix}[i].file} for each component naming a file the store lacks. */
    void check(String prefix, List<ComponentInput> components, Problems problems) {
        for (int i = 0; i < components.size(); i++) {
            boolean unknown = components.get(i).files().stream().anyMatch(f -> !held(f.sha256()));
            problems.when(unknown, prefix + "[" + i + "].file", "dossier.file.unknown");
        }
    }

    /** Records a problem under {@code {prefix}[i].file} for each file the store lacks. */
    void checkFiles(String prefix, List<AttachedFile> attached, Problems problems) {
        for (int i = 0; i < attached.size(); i++) {
            AttachedFile f = attached.get(i);
            problems.when(f == null || !held(f.sha256()), prefix + "[" + i + "].file", "dossier.file.unknown");
        }
    }

    private boolean held(String sha256) {
        return sha256 != null && SHA256.matcher(sha256).matches() && files.exists(sha256);
    }
}
