package vn.motcua.datastore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.Await;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.TestClock;
import vn.motcua.document.FileStore;
import vn.motcua.dossier.DossierCommand;
import vn.motcua.dossier.DossierFixtures;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierView;
import vn.motcua.index.Criterion;
import vn.motcua.index.CriterionScore;
import vn.motcua.index.IndexDrillDown;
import vn.motcua.index.IndexQueries;
import vn.motcua.payment.DossierFees;
import vn.motcua.payment.Fee;
import vn.motcua.payment.PaymentChannel;
import vn.motcua.payment.Payments;
import vn.motcua.platform.NotFoundException;
import vn.motcua.platform.UserInputException;

/**
 * A commune certifies an electronic copy inside a dossier of 2.000815: the same-day rule on its
 * appointment, the block on the page, the commune's seal over it, the fee counted on the original's pages
 * and owed once on the dossier (nothing charged at reception), paid at the counter, the copy in the
 * applicant's data store, and the commune counted in 5.3 for that day.
 */
@MotcuaIntegrationTest
class CertifiedCopiesTest {

    private static final String COMMUNE = "000.01.31.H18";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Autowired CertifiedCopies copies;
    @Autowired DataStore store;
    @Autowired DossierFixtures fixtures;
    @Autowired DossierQueries queries;
    @Autowired DossierFees fees;
    @Autowired Payments payments;
    @Autowired FileStore files;
    @Autowired TestClock clock;
    @Autowired IndexQueries index;
    @Autowired IndexDrillDown drillDown;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aCopyAskedForBeforeThreeIsDueThatDayAndOneAskedForAfterThreeTheNextWorkingDay() {
        DossierView before = receive(DataStoreTest.newCitizenId(), LocalDateTime.of(2029, 7, 2, 14, 30));
        DossierView after = receive(DataStoreTest.newCitizenId(), LocalDateTime.of(2029, 7, 2, 15, 30));

        assertThat(before.appointment().toLocalDate()).isEqualTo(LocalDate.of(2029, 7, 2));
        assertThat(after.appointment().toLocalDate()).isEqualTo(LocalDate.of(2029, 7, 3));
        assertThat(fees.of(before.code())).as("a per-page fee is not charged before the pages are counted").isEmpty();
    }

    @Test
    void aThreePageOriginalIsCertifiedSealedKeptAndItsFiveThousandOwedOncePaidAtTheCounter() throws Exception {
        LocalDate day = LocalDate.of(2029, 7, 2);
        String owner = DataStoreTest.newCitizenId();
        clock.setLocal(day.atTime(9, 30));
        DossierView d = fixtures.copyCertificationAtSpecialist(owner);

        CertifiedCopy copy = copies.certify(fixtures.officer("chuyenvien.dienbienphu"), d.code(), "Giấy khai sinh",
                pages(3));

        assertThat(copy.number()).startsWith(COMMUNE + "-CT2029-");
        assertThat(copy.pages()).isEqualTo(3);
        assertThat(copy.feeVnd()).isEqualTo(5_000); // 2 × 2,000 + 1 × 1,000
        assertThat(queries.find(d.code()).orElseThrow().status()).isEqualTo(DossierStatus.FINANCIAL_OBLIGATION);
        assertThat(fees.of(d.code())).extracting(Fee::amountVnd).as("one fee for the paper and the electronic copy")
                .containsExactly(5_000L);
        assertThat(copies.ofDossier(d.code())).extracting(CertifiedCopy::number).containsExactly(copy.number());
        assertThat(store.of(owner)).singleElement().satisfies(s -> {
            assertThat(s.source()).isEqualTo(DocumentSource.CERTIFIED_COPY);
            assertThat(s.reference()).isEqualTo(copy.number());
            assertThat(s.validUntil()).isNull();
        });
        assertThat(store.reusableFor(owner, "Bản sao Giấy khai sinh")).hasSize(1);
        try (InputStream in = files.open(copy.copy().file().sha256());
                PDDocument sealed = Loader.loadPDF(in.readAllBytes())) {
            assertThat(sealed.getNumberOfPages()).isEqualTo(3);
            assertThat(sealed.getSignatureDictionaries()).hasSize(1);
            PDFTextStripper text = new PDFTextStripper();
            text.setStartPage(3);
            assertThat(text.getText(sealed)).contains("Chứng thực bản sao đúng với bản chính", copy.number(),
                    "02/07/2029", "Lường Thị Thu");
        }

        assertThat(payments.recordCounterPayment(d.code(), PaymentChannel.COUNTER_QR, "FT2918300001",
                fixtures.officer("tiepnhan.dienbienphu")).amountVnd()).isEqualTo(5_000);
        Await.until(() -> queries.find(d.code()).orElseThrow().status() == DossierStatus.PROCESSING);
        assertThat(payments.outstandingVnd(d.code())).isZero();

        assertFiveThreeCountsTheCommuneThatDay(day);
    }

    @Test
    void onlyTheCommuneAtTheCopyDossiersStepCertifiesAndOnlyAPdf() throws Exception {
        String owner = DataStoreTest.newCitizenId();
        clock.setLocal(LocalDateTime.of(2029, 7, 4, 8, 0));
        DossierView d = fixtures.copyCertificationAtSpecialist(owner);

        assertThatThrownBy(() -> copies.certify(fixtures.officer("tiepnhan"), d.code(), "Giấy khai sinh", pages(1)))
                .as("the province's centre does not see the commune's dossier").isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> copies.certify(fixtures.officer("tiepnhan.dienbienphu"), d.code(), "Giấy khai sinh",
                pages(1))).as("reception has handed it over").isInstanceOf(UserInputException.class);
        assertThatThrownBy(() -> copies.certify(fixtures.officer("chuyenvien.dienbienphu"), d.code(),
                "Giấy khai sinh", "not a pdf".getBytes())).isInstanceOf(UserInputException.class);
        assertThatThrownBy(() -> copies.certify(fixtures.officer("chuyenvien.dienbienphu"), d.code(), " ", pages(1)))
                .isInstanceOf(UserInputException.class);
        assertThatThrownBy(() -> copies.certify(fixtures.officer("chuyenvien.dienbienphu"), d.code(),
                "x".repeat(CertifiedCopies.MAX_TYPE + 1), pages(1))).isInstanceOf(UserInputException.class);
        DossierView notary = fixtures.receiveNotaryCard(DataStoreTest.newCitizenId(), "Lò Văn Pấng");
        assertThatThrownBy(() -> copies.certify(fixtures.officer("chuyenvien.tuphap"),
                fixtures.act("tiepnhan", notary, new DossierCommand.CompleteStep("Chuyển")).code(), "Giấy khai sinh",
                pages(1))).as("not a copy dossier").isInstanceOf(UserInputException.class);

        assertThat(store.of(owner)).isEmpty();
        assertThat(copies.ofDossier(d.code())).isEmpty();
        assertThat(queries.find(d.code()).orElseThrow().status()).isEqualTo(DossierStatus.PROCESSING);
        assertThat(fees.of(d.code())).isEmpty();
    }

    private void assertFiveThreeCountsTheCommuneThatDay(LocalDate day) {
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

    private DossierView receive(String idNumber, LocalDateTime at) {
        clock.setLocal(at);
        return fixtures.receiveCopyCertification(idNumber);
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
