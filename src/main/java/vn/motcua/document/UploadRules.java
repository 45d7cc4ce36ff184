package vn.motcua.document;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.util.MimeType;
import org.springframework.util.unit.DataSize;

/**
 * What an upload (tệp tải lên) may be: its largest size and the types its bytes may show. A dossier
 * component that expects other kinds of file widens the standard rules with {@link #allowing}.
 *
 * @param maxSize the largest file accepted
 * @param allowedTypes media types accepted, e.g. {@code application/pdf}; their subtypes are too
 */
public record UploadRules(DataSize maxSize, List<String> allowedTypes) {

    private static final UploadRules DEFAULTS = new UploadRules(DataSize.ofMegabytes(20),
            List.of("application/pdf", "image/jpeg", "image/png", "image/tiff"));

    public UploadRules {
        if (maxSize == null || maxSize.toBytes() <= 0) {
            throw new IllegalArgumentException("An upload limit must be positive: " + maxSize);
        }
        if (allowedTypes == null || allowedTypes.isEmpty()) {
            throw new IllegalArgumentException("Upload rules must allow at least one type");
        }
        // Parsing refuses a typo such as "pdf" at start-up instead of refusing every upload later.
        allowedTypes = List.copyOf(new LinkedHashSet<>(allowedTypes.stream()
                .map(type -> MimeType.valueOf(type.strip().toLowerCase(Locale.ROOT)).toString()).toList()));
    }

    /** Scans and photos: PDF, JPEG, PNG, TIFF up to 20 MB. */
    public static UploadRules defaults() {
        return DEFAULTS;
    }

    /** These rules with more types accepted. */
    public UploadRules allowing(String... mediaTypes) {
        return new UploadRules(maxSize, Stream.concat(allowedTypes.stream(), Stream.of(mediaTypes)).toList());
    }

    /** These rules with another size limit. */
    public UploadRules limitedTo(DataSize size) {
        return new UploadRules(size, allowedTypes);
    }

    /** The limit in megabytes, as the refusal message shows it. */
    public double maxMegabytes() {
        return maxSize.toBytes() / (double) DataSize.ofMegabytes(1).toBytes();
    }
}
