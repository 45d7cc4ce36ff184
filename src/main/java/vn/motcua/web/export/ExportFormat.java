package vn.motcua.web.export;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.motcua.platform.NotFoundException;

/** The two download formats of a table: CSV for any tool, xlsx for Excel. */
public enum ExportFormat {
    CSV("csv", new MediaType("text", "csv", StandardCharsets.UTF_8), CsvWriter::write),
    XLSX("xlsx", MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            XlsxWriter::write);

    private final String extension;
    private final MediaType mediaType;
    private final Function<ExportTable, byte[]> writer;

    ExportFormat(String extension, MediaType mediaType, Function<ExportTable, byte[]> writer) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.writer = writer;
    }

    /**
     * The format named by a URL's extension ("csv", "xlsx").
     *
     * @throws NotFoundException for any other: the URL names no download
     */
    public static ExportFormat ofExtension(String extension) {
        for (ExportFormat format : values()) {
            if (format.extension.equals(extension == null ? "" : extension.toLowerCase(Locale.ROOT))) {
                return format;
            }
        }
        throw new NotFoundException("export.format.unknown", extension);
    }

    public String extension() {
        return extension;
    }

    /** The table as a download named {@code baseName.extension}. */
    public ResponseEntity<byte[]> download(ExportTable table, String baseName) {
        String fileName = baseName + "." + extension;
        return ResponseEntity.ok().contentType(mediaType)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(writer.apply(table));
    }
}
