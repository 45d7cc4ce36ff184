package vn.motcua.document;

import java.io.InputStream;
import java.time.Clock;
import org.springframework.stereotype.Service;
import vn.motcua.document.internal.FileRecords;
import vn.motcua.document.internal.UploadPolicy;

/** Documents (tài liệu): how a file enters the system, from the counter's scanner or the portal. */
@Service
public class Documents {

    private final FileStore files;
    private final FileRecords records;
    private final FileSettings settings;
    private final Clock clock;

    Documents(FileStore files, FileRecords records, FileSettings settings, Clock clock) {
        this.files = files;
        this.records = records;
        this.settings = settings;
        this.clock = clock;
    }

    /** The province's rules for uploads ({@code motcua.files.*}); a component may widen them. */
    public UploadRules standardRules() {
        return settings.standardRules();
    }

    /**
     * Checks an upload, stores it and records it. The file is stored before its row is written, so a
     * row never names bytes that are not there; a failure in between leaves only an unnamed copy.
     *
     * @param field the form field a refusal belongs next to
     * @param declaredSize the size the client announced, negative when unknown
     * @throws vn.motcua.platform.UserInputException when the upload is empty, too large, of a type not
     *     allowed or not of the type its name claims; nothing is stored then
     */
    public StoredFile accept(String field, String originalName, long declaredSize, InputStream content,
            UploadRules rules) {
        InputStream admitted = UploadPolicy.admit(field, originalName, declaredSize, content, rules);
        StoredFile stored = files.store(admitted, originalName);
        records.record(stored, clock.instant());
        return stored;
    }
}
