package vn.motcua.document.internal;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.document.StoredFile;

/** The row of every stored file in table {@code document_file}. */
@Repository
public class FileRecords {

    private final JdbcClient jdbc;

    FileRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a file once: storing the same bytes again keeps the time they were first stored. */
    public void record(StoredFile file, Instant storedAt) {
        jdbc.sql("""
                insert into document_file (sha256, size, media_type, first_stored_at) values (?, ?, ?, ?)
                on conflict (sha256) do nothing""")
                .params(file.sha256(), file.size(), file.mediaType(), Timestamp.from(storedAt))
                .update();
    }
}
