package vn.motcua.document.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.stream.Collectors;
import org.apache.tika.mime.MediaType;
import vn.motcua.document.UploadRules;
import vn.motcua.platform.UserInputException;

/**
 * The checks an upload (tệp tải lên) must pass: not empty, not over the limit, of an allowed type
 * and of the type its name claims. Types come from the bytes, never from the name or the browser.
 */
public final class UploadPolicy {

    static final String EMPTY = "document.upload.empty";
    static final String TOO_LARGE = "document.upload.tooLarge";
    static final String TYPE_NOT_ALLOWED = "document.upload.typeNotAllowed";
    static final String TYPE_MISMATCH = "document.upload.typeMismatch";

    private UploadPolicy() {
    }

    /**
     * Checks what can be checked before storing and returns the content to store: a stream that
     * refuses the upload as soon as it runs past the limit, whatever size was declared.
     *
     * @param field the form field the refusal belongs next to
     * @param declaredSize the size the client announced, negative when unknown; over the limit it is
     *     refused before a byte is read
     * @throws UserInputException with one of the {@code document.upload.*} keys
     */
    public static InputStream admit(String field, String name, long declaredSize, InputStream content,
            UploadRules rules) {
        long limit = rules.maxSize().toBytes();
        refuseWhen(declaredSize == 0, field, EMPTY);
        refuseWhen(declaredSize > limit, field, TOO_LARGE, rules.maxMegabytes());
        BufferedInputStream buffered = new BufferedInputStream(content);
        byte[] head = peek(buffered);
        refuseWhen(head.length == 0, field, EMPTY);
        checkType(field, name, head, rules);
        return new LimitedInputStream(buffered, limit,
                () -> new UserInputException(field, TOO_LARGE, rules.maxMegabytes()));
    }

    /**
     * A name that lies is reported as such, even when its real type is not allowed either: "this is
     * not the PDF its name says" tells the applicant what went wrong, a list of types does not.
     */
    private static void checkType(String field, String name, byte[] head, UploadRules rules) {
        MediaType claimed = ContentTypes.claimedBy(name);
        MediaType real = ContentTypes.detect(head, name);
        refuseWhen(!claimed.equals(MediaType.OCTET_STREAM) && !ContentTypes.isA(real, claimed), field,
                TYPE_MISMATCH, name, ContentTypes.label(claimed));
        boolean allowed = rules.allowedTypes().stream().anyMatch(type -> ContentTypes.isA(real, MediaType.parse(type)));
        refuseWhen(!allowed, field, TYPE_NOT_ALLOWED, rules.allowedTypes().stream()
                .map(type -> ContentTypes.label(MediaType.parse(type))).collect(Collectors.joining(", ")));
    }

    /** The first bytes, left in the stream for the store to read again. */
    private static byte[] peek(BufferedInputStream content) {
        try {
            content.mark(ContentTypes.headLength());
            byte[] head = content.readNBytes(ContentTypes.headLength());
            content.reset();
            return head;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void refuseWhen(boolean refused, String field, String messageKey, Object... arguments) {
        if (refused) {
            throw new UserInputException(field, messageKey, arguments);
        }
    }
}
