package vn.motcua.document;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Where files are kept and what uploads the province accepts ({@code motcua.files.*}).
 *
 * @param directory root folder of the file store, {@code data/files} by default
 * @param maxUploadSize largest upload of the standard rules, 20 MB by default
 * @param allowedTypes media types of the standard rules: PDF, JPEG, PNG, TIFF by default
 */
@ConfigurationProperties("motcua.files")
public record FileSettings(Path directory, DataSize maxUploadSize, List<String> allowedTypes) {

    public FileSettings {
        directory = directory == null ? Path.of("data", "files") : directory;
        maxUploadSize = maxUploadSize == null ? UploadRules.defaults().maxSize() : maxUploadSize;
        allowedTypes = allowedTypes == null || allowedTypes.isEmpty()
                ? UploadRules.defaults().allowedTypes() : List.copyOf(allowedTypes);
    }

    /** The rules every upload follows unless its dossier component says otherwise. */
    public UploadRules standardRules() {
        return new UploadRules(maxUploadSize, allowedTypes);
    }
}
