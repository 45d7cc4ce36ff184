package vn.motcua.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.stereotype.Service;
import vn.motcua.document.FileStore;

/**
 * Xuất hồ sơ lưu trữ: an archived dossier's whole package as a ZIP, {@code manifest.json} first, then every
 * file under the path the manifest gives it. Streamed file by file, with a fixed buffer, so the memory it
 * takes does not grow with the package; the store checks each file's SHA-256 as it is read, and a file whose
 * bytes changed breaks the export (the ZIP is left unfinished) rather than pass unnoticed. A disposed-of
 * dossier exports its manifest alone: its files are gone, as its disposal record says.
 */
@Service
public class ArchiveExport {

    public static final String MANIFEST = "manifest.json";

    private final Archive archive;
    private final FileStore files;

    ArchiveExport(Archive archive, FileStore files) {
        this.archive = archive;
        this.files = files;
    }

    /** The ZIP's file name. */
    public static String fileName(String code) {
        return "luu-tru-" + code.replaceAll("[^A-Za-z0-9.-]", "_") + ".zip";
    }

    /**
     * Writes the package to {@code out} (not closed).
     *
     * @throws vn.motcua.platform.NotFoundException when the dossier is not archived
     * @throws UncheckedIOException when the output fails or a file cannot be read
     * @throws vn.motcua.document.CorruptFileException when a file's bytes no longer match its SHA-256
     */
    public void write(ArchivedDossier dossier, OutputStream out) {
        try {
            ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            zip.putNextEntry(new ZipEntry(MANIFEST));
            zip.write(dossier.manifestJson().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            if (dossier.state() == ArchivedDossier.State.ARCHIVED) {
                for (ArchivedFile file : dossier.files()) {
                    zip.putNextEntry(new ZipEntry(file.entryName()));
                    try (InputStream in = files.open(file.sha256())) {
                        in.transferTo(zip);
                    }
                    zip.closeEntry();
                }
            }
            zip.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Looks the dossier up, then writes it; see {@link #write(ArchivedDossier, OutputStream)}. */
    public void write(String code, OutputStream out) {
        write(archive.get(code), out);
    }
}
