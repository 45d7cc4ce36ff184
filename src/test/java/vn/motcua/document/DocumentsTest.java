package vn.motcua.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.platform.UserInputException;

@MotcuaIntegrationTest
class DocumentsTest {

    private static final byte[] PDF = "%PDF-1.4\n%âãÏÓ\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.UTF_8);

    @Autowired
    Documents documents;
    @Autowired
    FileStore files;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MessageSource messages;

    @Test
    void anAcceptedUploadIsStoredAndRecordedOnce() throws IOException {
        StoredFile stored = accept("giay-khai-sinh.pdf", PDF);
        Instant firstStoredAt = firstStoredAt(stored.sha256());

        StoredFile again = accept("ban-sao-giay-khai-sinh.pdf", PDF);

        assertThat(again.sha256()).isEqualTo(stored.sha256());
        assertThat(jdbc.sql("select size, media_type from document_file where sha256 = ?").param(stored.sha256())
                .query((rs, row) -> rs.getLong("size") + " " + rs.getString("media_type")).list())
                .containsExactly(PDF.length + " application/pdf");
        assertThat(firstStoredAt(stored.sha256())).isEqualTo(firstStoredAt);
        try (InputStream in = files.open(stored.sha256())) {
            assertThat(in.readAllBytes()).isEqualTo(PDF);
        }
    }

    @Test
    void aRefusedUploadLeavesNoRowAndSaysWhyInTheApplicantsLanguage() {
        byte[] executable = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0};
        long rows = countRows();

        assertThatThrownBy(() -> accept("giay-to.pdf", executable)).isInstanceOfSatisfying(UserInputException.class,
                e -> {
                    UserInputException.Problem problem = e.problems().getFirst();
                    assertThat(render(problem, Locale.forLanguageTag("vi"))).isEqualTo(
                            "Tệp giay-to.pdf không phải là tệp PDF như tên của nó. Hãy kiểm tra và tải lên đúng tệp.");
                    assertThat(render(problem, Locale.ENGLISH)).startsWith("The file giay-to.pdf is not a PDF file");
                });
        assertThat(countRows()).isEqualTo(rows);
    }

    @Test
    void theLimitIsShownInWholeMegabytes() {
        assertThatThrownBy(() -> documents.accept("file", "lon.pdf", 300L << 20, InputStream.nullInputStream(),
                documents.standardRules(), FileOwner.officer("tiepnhan"))).isInstanceOfSatisfying(UserInputException.class, e -> assertThat(
                        render(e.problems().getFirst(), Locale.forLanguageTag("vi"))).startsWith(
                                "Tệp quá lớn: dung lượng tối đa là 20 MB."));
    }

    private StoredFile accept(String name, byte[] bytes) {
        return documents.accept("file", name, bytes.length, new ByteArrayInputStream(bytes),
                documents.standardRules(), FileOwner.officer("tiepnhan"));
    }

    private Instant firstStoredAt(String sha256) {
        return jdbc.sql("select first_stored_at from document_file where sha256 = ?").param(sha256)
                .query(Timestamp.class).single().toInstant();
    }

    private long countRows() {
        return jdbc.sql("select count(*) from document_file").query(Long.class).single();
    }

    private String render(UserInputException.Problem problem, Locale locale) {
        return messages.getMessage(problem.messageKey(), problem.arguments(), locale);
    }
}
