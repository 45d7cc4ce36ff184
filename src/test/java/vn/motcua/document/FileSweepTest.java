package vn.motcua.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.TestClock;
import vn.motcua.dossier.AttachedFile;
import vn.motcua.dossier.DossierDraft;
import vn.motcua.dossier.DossierDrafts;
import vn.motcua.dossier.DraftComponent;

/**
 * The sweep of abandoned uploads: an upload attached to no dossier and held by no live draft goes
 * {@code motcua.files.abandoned-after} (7 days here) after it was made, its bytes with the last upload
 * naming them; everything still needed stays, and sweeping again changes nothing.
 */
@MotcuaIntegrationTest
class FileSweepTest {

    private static final LocalDateTime UPLOADED = LocalDateTime.parse("2031-01-06T09:00");
    private static final LocalDateTime A_WEEK_AND_AN_HOUR_LATER = UPLOADED.plusDays(7).plusHours(1);
    private static final FileOwner TIEPNHAN = FileOwner.officer("tiepnhan");
    private static final FileOwner DRAFT = FileOwner.draft("ban-nhap-thu-nghiem");

    @Autowired
    Documents documents;
    @Autowired
    FileSweep sweep;
    @Autowired
    FileStore files;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;
    @Autowired
    DossierDrafts drafts;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void anAbandonedUploadGoesAfterAWeekWithItsBytesAndWhatIsStillNeededStays() {
        clock.setLocal(UPLOADED);
        StoredFile abandoned = upload(TIEPNHAN, "bo-do.pdf", uniquePdf());
        StoredFile attached = upload(TIEPNHAN, "don.pdf", uniquePdf());
        documents.attach(TIEPNHAN, attached.sha256());
        StoredFile sameBytesByAColleague = upload(FileOwner.officer("chuyenvien.tuphap"), "ban-sao.pdf", bytesOf(attached));
        StoredFile inADraft = upload(DRAFT, "giay-to.pdf", uniquePdf());
        documents.holdUntil(DRAFT, inADraft.sha256(), clock.instant().plus(Duration.ofDays(30)));
        clock.setLocal(UPLOADED.plusDays(6));
        StoredFile recent = upload(TIEPNHAN, "moi.pdf", uniquePdf());
        clock.setLocal(A_WEEK_AND_AN_HOUR_LATER);

        FileSweep.Swept first = sweep.sweep();

        assertThat(first.uploads()).isGreaterThanOrEqualTo(2);
        assertThat(uploadsOf(abandoned)).isZero();
        assertThat(files.exists(abandoned.sha256())).as("bytes no upload names").isFalse();
        assertThat(fileRows(abandoned)).isZero();
        assertThat(uploadsOf(attached)).as("the attached upload stays; the colleague's copy goes").isEqualTo(1);
        assertThat(files.exists(sameBytesByAColleague.sha256())).as("bytes an attached upload names").isTrue();
        assertThat(uploadsOf(inADraft)).as("held by a live draft").isEqualTo(1);
        assertThat(uploadsOf(recent)).as("six days old").isEqualTo(1);
        assertThat(files.exists(recent.sha256())).isTrue();
        assertThat(sweep.sweep()).as("sweeping again removes nothing more").isEqualTo(new FileSweep.Swept(0, 0));

        clock.setLocal(UPLOADED.plusDays(31));
        sweep.sweep();
        assertThat(files.exists(inADraft.sha256())).as("the draft expired").isFalse();
        assertThat(files.exists(attached.sha256())).isTrue();
    }

    @Test
    void aFileInAPortalDraftStaysWhileTheDraftLivesAndGoesWhenItExpires() {
        clock.setLocal(UPLOADED);
        DossierDraft draft = drafts.start("1.001612");
        StoredFile scan = upload(FileOwner.draft(draft.id()), "giay-de-nghi.pdf", uniquePdf());
        List<DraftComponent> components = new ArrayList<>(draft.answers().components());
        components.set(0, components.getFirst().with(DraftComponent.Delivery.UPLOAD,
                new AttachedFile(scan.sha256(), scan.originalName(), scan.mediaType(), scan.size())));
        drafts.save(draft, draft.answers().withComponents(components));

        clock.setLocal(A_WEEK_AND_AN_HOUR_LATER);
        sweep.sweep();
        assertThat(files.exists(scan.sha256())).as("the draft lives 30 days after its last save").isTrue();

        clock.setLocal(UPLOADED.plus(DossierDrafts.LIFETIME).plusHours(1));
        sweep.sweep();
        assertThat(files.exists(scan.sha256())).as("the draft expired").isFalse();
    }

    @Test
    void anUploadSweptAwayCanNoLongerBeAttached() {
        clock.setLocal(UPLOADED);
        StoredFile abandoned = upload(TIEPNHAN, "bo-do.pdf", uniquePdf());
        clock.setLocal(A_WEEK_AND_AN_HOUR_LATER);

        sweep.sweep();

        assertThat(documents.attach(TIEPNHAN, abandoned.sha256())).isEmpty();
    }

    @Test
    void anArchivesHoldKeepsTheBytesTheSweepWouldRemoveAndAnApprovedErasureRemovesThem() {
        clock.setLocal(UPLOADED);
        StoredFile held = upload(TIEPNHAN, "luu-tru.pdf", uniquePdf());
        StoredFile notHeld = upload(TIEPNHAN, "bo-do.pdf", uniquePdf());
        FileOwner archive = new FileOwner("archive:THU-NGHIEM-1");
        assertThat(documents.hold(archive, held.sha256())).hasValueSatisfying(f -> {
            assertThat(f.originalName()).isEqualTo("luu-tru.pdf");
            assertThat(f.size()).isEqualTo(held.size());
        });
        assertThat(documents.hold(archive, "0".repeat(64))).as("bytes the store never had").isEmpty();
        clock.setLocal(A_WEEK_AND_AN_HOUR_LATER);

        sweep.sweep();

        assertThat(files.exists(notHeld.sha256())).isFalse();
        assertThat(files.exists(held.sha256())).as("held by the archive").isTrue();
        assertThat(uploadsOf(held)).as("the officer's abandoned upload goes, the archive's hold stays").isOne();

        assertThat(documents.erase(held.sha256())).isTrue();
        assertThat(files.exists(held.sha256())).isFalse();
        assertThat(uploadsOf(held)).isZero();
        assertThat(fileRows(held)).isZero();
    }

    private StoredFile upload(FileOwner uploader, String name, byte[] content) {
        return documents.accept("file", name, content.length, new ByteArrayInputStream(content),
                documents.standardRules(), uploader);
    }

    private byte[] bytesOf(StoredFile file) {
        try (InputStream in = files.open(file.sha256())) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long uploadsOf(StoredFile file) {
        return jdbc.sql("select count(*) from document_upload where sha256 = ?").param(file.sha256())
                .query(Long.class).single();
    }

    private long fileRows(StoredFile file) {
        return jdbc.sql("select count(*) from document_file where sha256 = ?").param(file.sha256())
                .query(Long.class).single();
    }

    private static byte[] uniquePdf() {
        return ("%PDF-1.4\n%" + UUID.randomUUID() + "\n1 0 obj <<>> endobj\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    }
}
