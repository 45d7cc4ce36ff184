package vn.motcua.document;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Where files are kept, what uploads the province accepts and when unattached ones are swept
 * ({@code motcua.files.*}).
 *
 * @param directory root folder of the file store, {@code data/files} by default
 * @param maxUploadSize largest upload of the standard rules, 20 MB by default
 * @param allowedTypes media types of the standard rules: PDF, JPEG, PNG, TIFF by default
 * @param abandonedAfter how long an upload attached to no dossier and held by no draft is kept, 7 days
 *     by default: long enough for an officer to finish a reception started on Friday
 * @param sweepInterval how often abandoned uploads are swept, every hour by default
 */
@ConfigurationProperties("motcua.files")
public record FileSettings(Path directory, DataSize maxUploadSize, List<String> allowedTypes, Duration abandonedAfter,
        Duration sweepInterval) {

    public FileSettings {
        directory = directory == null ? Path.of("data", "files") : directory;
        maxUploadSize = maxUploadSize == null ? UploadRules.defaults().maxSize() : maxUploadSize;
        allowedTypes = allowedTypes == null || allowedTypes.isEmpty()
                ? UploadRules.defaults().allowedTypes() : List.copyOf(allowedTypes);
        abandonedAfter = positive(abandonedAfter, Duration.ofDays(7), "abandoned-after");
        sweepInterval = positive(sweepInterval, Duration.ofHours(1), "sweep-interval");
    }

    /** The rules every upload follows unless its dossier component says otherwise. */
    public UploadRules standardRules() {
        return new UploadRules(maxUploadSize, allowedTypes);
    }

    private static Duration positive(Duration value, Duration fallback, String name) {
        if (value != null && (value.isNegative() || value.isZero())) {
            throw new IllegalArgumentException("motcua.files." + name + " must be positive: " + value);
        }
        return value == null ? fallback : value;
    }
}
