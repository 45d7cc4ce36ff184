package vn.motcua.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.catalog.ApplicantType;
import vn.motcua.document.FileStore;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.AttachedFile;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.ComponentInput;
import vn.motcua.dossier.CounterReception;
import vn.motcua.dossier.DossierFixtures;
import vn.motcua.dossier.DossierHandling;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.ReturnMethod;
import vn.motcua.platform.UserInputException;
import vn.motcua.reading.internal.ReadingSettings;
import vn.motcua.reading.internal.ScanQueue;
import vn.motcua.reading.internal.ScanReadingJob;
import vn.motcua.reading.internal.TesseractCli;

/**
 * A scan received with a dossier is read in the background and found by a word in it, typed without
 * accents; a search the rules refuse says why; without Tesseract nothing is
 * claimed and the scans wait.
 */
@MotcuaIntegrationTest
public class ScannedPapersTest {

    static final List<String> LETTER = List.of("GIẤY XÁC NHẬN TÌNH TRẠNG HÔN NHÂN", "Ủy ban nhân dân xã Mường Phăng",
            "xác nhận ông Lò Văn Páo chưa đăng ký kết hôn với ai.");

    @Autowired ScannedPapers papers;
    @Autowired DossierFixtures fixtures;
    @Autowired DossierHandling handling;
    @Autowired ScanQueue queue;
    @Autowired FileStore files;
    @Autowired ReadingSettings settings;
    @Autowired Clock clock;
    @Autowired ScanReadingJob job;

    @Test
    void aReceivedScanIsReadInTheBackgroundAndFoundByAWordWithoutAccents() throws Exception {
        DossierView dossier = receiveLetter();
        readUntil(job, () -> !papers.search("tinh trang hon nhan", 10).isEmpty());
        List<ScanHit> hits = papers.search("Mường  phang", 10);
        assertThat(hits).extracting(ScanHit::dossierCode).contains(dossier.code());
        ScanHit hit = hits.stream().filter(h -> h.dossierCode().equals(dossier.code())).findFirst().orElseThrow();
        assertThat(hit.fileName()).isEqualTo("xac-nhan-hon-nhan.png");
        assertThat(hit.component()).isEqualTo("Đơn đề nghị cấp thẻ công chứng viên");
        assertThat(hit.snippet()).contains("Mường Phăng");
        assertThat(papers.search("hôn nh", 10)).as("a word is also the start of a longer one").isNotEmpty();
        assertThat(papers.search("tinh trang ly hon", 10)).as("every word must be there").isEmpty();
        assertThat(papers.state().read()).isPositive();
    }

    @Test
    void aSearchTheRulesRefuseSaysWhy() {
        assertRefused("x".repeat(201), "limits.text.tooLong");
        assertRefused("!! … ??", "reading.search.empty");
        assertRefused("a b c d e f g h i j k", "reading.search.tooManyWords");
    }

    @Test
    void withoutTesseractNothingIsClaimedAndTheScansWait() {
        TesseractCli missing = new TesseractCli("/nonexistent/tesseract", "vie", Duration.ofSeconds(5));
        ScanReadingJob job = new ScanReadingJob(queue, files, missing, settings, clock);
        assertThat(missing.status().available()).isFalse();
        assertThat(job.readDue()).isZero();
    }

    /**
     * Reads due scans here too (the scheduled job may be reading them already: claims never collide) until
     * the condition holds, for at most a minute: OCR is CPU-bound, and the machine running the suite is shared.
     */
    public static void readUntil(ScanReadingJob job, java.util.function.BooleanSupplier condition)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited a minute for the scan to be read").isLessThan(deadline);
            job.readDue();
            Thread.sleep(100);
        }
    }

    private DossierView receiveLetter() {
        AttachedFile scan = fixtures.stored("tiepnhan", "xac-nhan-hon-nhan.png", TestCards.png(TestCards.page(LETTER)));
        return receive(scan);
    }

    private DossierView receive(AttachedFile file) {
        return handling.receiveAtCounter(fixtures.officer("tiepnhan"), new CounterReception(DossierFixtures.NOTARY_CARD,
                Channel.COUNTER, new Applicant(ApplicantType.CITIZEN, "011090001234", "Lò Văn Páo", "0912345678",
                        null, "Bản Him Lam, tỉnh Điện Biên"),
                null, null, List.of(new ComponentInput("Đơn đề nghị cấp thẻ công chứng viên", 1, 0, true, false, false,
                        List.of(AttachedFile.reference(file.sha256())))),
                ReturnMethod.COUNTER, null, null, null));
    }

    private void assertRefused(String q, String key) {
        assertThatThrownBy(() -> papers.search(q, 10)).isInstanceOfSatisfying(UserInputException.class,
                e -> assertThat(e.problems()).extracting(UserInputException.Problem::messageKey).containsExactly(key));
    }
}
