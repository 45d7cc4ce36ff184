package vn.motcua.document.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeType;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;

/** Types of files (loại tệp) as Tika's magic numbers and file-name patterns know them. */
final class ContentTypes {

    private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();

    private ContentTypes() {
    }

    /** How many leading bytes the magic numbers need to recognise any type Tika knows. */
    static int headLength() {
        return TYPES.getMinLength();
    }

    /**
     * The type the bytes show. The name only makes it more precise when it agrees (a {@code .docx}
     * is a ZIP); it never overrides the bytes, because then any bytes named {@code .pdf} would pass.
     */
    static MediaType detect(byte[] head, String name) {
        MediaType content = detect(head, new Metadata());
        MediaType named = claimedBy(name);
        return !content.equals(MediaType.OCTET_STREAM) && isA(named, content) ? named : content;
    }

    /** The type the name's extension claims, {@code application/octet-stream} when it claims none. */
    static MediaType claimedBy(String name) {
        return detect(null, nameOnly(name));
    }

    /** True when {@code type} is {@code ancestor} or one of its subtypes. */
    static boolean isA(MediaType type, MediaType ancestor) {
        return type.equals(ancestor) || TYPES.getMediaTypeRegistry().isSpecializationOf(type, ancestor);
    }

    /** A short name people know, e.g. {@code PDF}, {@code JPEG}, else the extension, e.g. {@code DOCX}. */
    static String label(MediaType type) {
        try {
            MimeType known = TYPES.forName(type.toString());
            if (!known.getAcronym().isEmpty()) {
                return known.getAcronym();
            }
            return known.getExtension().isEmpty() ? type.toString()
                    : known.getExtension().substring(1).toUpperCase(Locale.ROOT);
        } catch (MimeTypeException e) {
            return type.toString();
        }
    }

    private static MediaType detect(byte[] head, Metadata metadata) {
        try {
            return TYPES.detect(head == null ? null : new ByteArrayInputStream(head), metadata);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Metadata nameOnly(String name) {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name == null ? "" : name);
        return metadata;
    }
}
