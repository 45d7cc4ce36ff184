package vn.motcua.datastore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.TestClock;
import vn.motcua.document.FileStore;
import vn.motcua.dossier.DossierFixtures;
import vn.motcua.index.Criterion;
import vn.motcua.index.CriterionScore;
import vn.motcua.index.IndexDrillDown;
import vn.motcua.index.IndexQueries;
import vn.motcua.platform.UserInputException;

/**
 * A commune certifies an electronic copy from a scanned original: the block on the page, the commune's
 * seal over it, the fee counted on the original's pages, the copy in the owner's data store, and the
 * commune counted in 5.3 for that day.
 */
@MotcuaIntegrationTest
class CertifiedCopiesTest {

    private static final String COMMUNE = "000.01.31.H18";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Autowired CertifiedCopies copies;
    @Autowired DataStore store;
    @Autowired DossierFixtures fixtures;
    @Autowired FileStore files;
    @Autowired TestClock clock;
    @Autowired IndexQueries index;
    @Autowired IndexDrillDown drillDown;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aThreePageOriginalIsCertifiedSealedChargedFiveThousandAndKeptForItsOwner() throws Exception {
        LocalDate day = LocalDate.of(2029, 7, 2);
        clock.setLocal(day.atTime(9, 30));
        String owner = DataStoreTest.newCitizenId();

        CertifiedCopy copy = copies.certify(fixtures.officer("tiepnhan.dienbienphu"), owner, "Giấy khai sinh",
                pages(3));

        assertThat(copy.number()).startsWith(COMMUNE + "-CT2029-");
        assertThat(copy.pages()).isEqualTo(3);
        assertThat(copy.feeVnd()).isEqualTo(5_000); // 2 × 2,000 + 1 × 1,000
        assertThat(store.of(owner)).singleElement().satisfies(d -> {
            assertThat(d.source()).isEqualTo(DocumentSource.CERTIFIED_COPY);
            assertThat(d.reference()).isEqualTo(copy.number());
            assertThat(d.validUntil()).isNull();
        });
        assertThat(store.reusableFor(owner, "Bản sao Giấy khai sinh")).hasSize(1);

        try (InputStream in = files.open(copy.copy().file().sha256());
                PDDocument sealed = Loader.loadPDF(in.readAllBytes())) {
            assertThat(sealed.getNumberOfPages()).isEqualTo(3);
            assertThat(sealed.getSignatureDictionaries()).hasSize(1);
            PDFTextStripper text = new PDFTextStripper();
            text.setStartPage(3);
            assertThat(text.getText(sealed)).contains("Chứng thực bản sao đúng với bản chính", copy.number(),
                    "02/07/2029", "Quàng Văn Minh");
        }

        assertThat(copies.communesThatCertified(day.atStartOfDay(VIETNAM).toInstant(),
                day.plusDays(1).atStartOfDay(VIETNAM).toInstant())).contains(COMMUNE);
        assertThat(copies.communesThatCertified(day.minusDays(1).atStartOfDay(VIETNAM).toInstant(),
                day.atStartOfDay(VIETNAM).toInstant())).doesNotContain(COMMUNE);

        CriterionScore that = index.report(COMMUNE, day, day).criterion(Criterion.ELECTRONIC_COPY_CERTIFICATION);
        assertThat(that.measured()).isTrue();
        assertThat(List.of(that.numerator(), that.denominator())).containsExactly(1L, 1L);
        assertThat(that.score()).isEqualByComparingTo("2");
        CriterionScore before = index.report(COMMUNE, day.minusDays(1), day.minusDays(1))
                .criterion(Criterion.ELECTRONIC_COPY_CERTIFICATION);
        assertThat(List.of(before.numerator(), before.denominator())).containsExactly(0L, 1L);
        assertThat(before.score()).isEqualByComparingTo("0");
        assertThat(index.report(null, day, day).criterion(Criterion.ELECTRONIC_COPY_CERTIFICATION).denominator())
                .as("the province counts each of its ten demo communes, and any a test added").isGreaterThanOrEqualTo(10);
        assertThat(drillDown.of(COMMUNE, day.minusDays(1), day.minusDays(1), Criterion.ELECTRONIC_COPY_CERTIFICATION,
                0, 25).lines()).singleElement().satisfies(line -> {
                    assertThat(line.code()).isEqualTo(COMMUNE);
                    assertThat(line.meets()).isFalse();
                    assertThat(line.reason().key()).isEqualTo("index.reason.noCertifiedCopy");
                });
    }

    @Test
    void onlyACommuneCertifiesAndOnlyAPdf() throws Exception {
        String owner = DataStoreTest.newCitizenId();
        assertThatThrownBy(() -> copies.certify(fixtures.officer("tiepnhan"), owner, "Giấy khai sinh", pages(1)))
                .isInstanceOf(UserInputException.class);
        assertThatThrownBy(() -> copies.certify(fixtures.officer("tiepnhan.dienbienphu"), owner, "Giấy khai sinh",
                "not a pdf".getBytes())).isInstanceOf(UserInputException.class);
        assertThat(store.of(owner)).isEmpty();
    }

    private static byte[] pages(int count) throws Exception {
        try (PDDocument document = new PDDocument()) {
            for (int i = 0; i < count; i++) {
                document.addPage(new PDPage());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}
