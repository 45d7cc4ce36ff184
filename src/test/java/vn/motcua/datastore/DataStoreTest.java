package vn.motcua.datastore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.Await;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.TestClock;
import vn.motcua.catalog.ApplicantType;
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
import vn.motcua.result.ResultIssued;

/**
 * The store fills itself from a sealed result and from a received dossier's scans, and a new dossier
 * reuses what it holds: the dossier module flags a component reused only when the store says so.
 */
@MotcuaIntegrationTest
class DataStoreTest {

    private static final String APPOINTMENT = "Quyết định bổ nhiệm công chứng viên";

    @Autowired DataStore store;
    @Autowired DossierFixtures fixtures;
    @Autowired DossierHandling handling;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aSealedResultIsKeptOnceUnderItsOwnerWithItsTypeValidityAndSource() throws Exception {
        String owner = newCitizenId();
        AttachedFile pdf = fixtures.made("ket-qua.pdf", pdf("result " + owner));
        ResultIssued issued = new ResultIssued("000.00.01.H18-261201-0001-KQ1", "000.00.01.H18-261201-0001",
                "1.013859", owner, "Thẻ công chứng viên", pdf, LocalDate.of(2031, 12, 1), Instant.now());
        publish(issued);
        publish(issued);
        Await.until(() -> !store.of(owner).isEmpty());
        Thread.sleep(300);

        List<StoredDocument> kept = store.of(owner);
        assertThat(kept).singleElement().satisfies(d -> {
            assertThat(d.documentType()).isEqualTo("Thẻ công chứng viên");
            assertThat(d.source()).isEqualTo(DocumentSource.RESULT);
            assertThat(d.reference()).isEqualTo("000.00.01.H18-261201-0001-KQ1");
            assertThat(d.dossierCode()).isEqualTo("000.00.01.H18-261201-0001");
            assertThat(d.validUntil()).isEqualTo(LocalDate.of(2031, 12, 1));
            assertThat(d.file().sha256()).isEqualTo(pdf.sha256());
        });
    }

    @Test
    void aReceivedDossiersScansAreKeptAndASecondDossierReusesThemWithoutAnUpload() throws Exception {
        String owner = newCitizenId();
        AttachedFile scan = fixtures.stored("tiepnhan", "quyet-dinh.pdf", pdf("appointment " + owner));
        DossierView first = receive(owner, new ComponentInput(APPOINTMENT, 0, 1, true, false, true, List.of(scan)));
        assertThat(first.components().get(1).fromNationalStore())
                .as("a client cannot claim the national store").isFalse();
        Await.until(() -> !store.of(owner).isEmpty());
        assertThat(store.of(owner)).singleElement().satisfies(d -> {
            assertThat(d.source()).isEqualTo(DocumentSource.DIGITISED);
            assertThat(d.documentType()).isEqualTo(APPOINTMENT);
            assertThat(d.reference()).isEqualTo(first.code() + "/2");
            assertThat(d.validUntil()).isNull();
        });

        String asked = "Bản sao " + APPOINTMENT + " kèm 02 ảnh";
        assertThat(store.reusableFor(owner, asked)).extracting(d -> d.file().sha256()).containsExactly(scan.sha256());
        assertThat(store.reusableFor(owner, "Giấy khai sinh")).isEmpty();
        assertThat(store.reusableFor(newCitizenId(), asked)).isEmpty();

        DossierView second = receive(owner,
                new ComponentInput(asked, 0, 1, true, true, false, List.of(AttachedFile.reference(scan.sha256()))));
        DossierView.Component reused = second.components().get(1);
        assertThat(reused.reused()).isTrue();
        assertThat(reused.digitised()).isTrue();
        assertThat(reused.fromNationalStore()).isFalse();
        assertThat(reused.files()).containsExactly(scan);
    }

    @Test
    void reuseIsRefusedForAFileTheStoreDoesNotOfferTheApplicant() throws Exception {
        String owner = newCitizenId();
        AttachedFile scan = fixtures.stored("tiepnhan", "quyet-dinh.pdf", pdf("other " + owner));
        receive(owner, new ComponentInput(APPOINTMENT, 0, 1, true, false, false, List.of(scan)));
        Await.until(() -> !store.of(owner).isEmpty());
        AttachedFile upload = fixtures.stored("tiepnhan", "tu-tai.pdf", pdf("upload " + owner));

        assertRefused(owner, new ComponentInput(APPOINTMENT, 0, 1, true, true, false,
                List.of(AttachedFile.reference(upload.sha256()))));
        assertRefused(newCitizenId(), new ComponentInput(APPOINTMENT, 0, 1, true, true, false,
                List.of(AttachedFile.reference(scan.sha256()))));
        assertRefused(owner, new ComponentInput("Giấy khai sinh", 0, 1, true, true, false,
                List.of(AttachedFile.reference(scan.sha256()))));
    }

    @Test
    void anExpiredDocumentIsNeitherOfferedNorReused() throws Exception {
        String owner = newCitizenId();
        AttachedFile pdf = fixtures.made("the.pdf", pdf("card " + owner));
        publish(new ResultIssued("X-KQ1-" + owner, "X-" + owner, "1.013859", owner, APPOINTMENT, pdf,
                LocalDate.of(2026, 6, 30), Instant.now()));
        Await.until(() -> !store.of(owner).isEmpty());

        clock.setLocal(LocalDateTime.parse("2026-06-30T16:00"));
        assertThat(store.reusableFor(owner, APPOINTMENT)).hasSize(1);
        clock.setLocal(LocalDateTime.parse("2026-07-01T08:00"));
        assertThat(store.reusableFor(owner, APPOINTMENT)).isEmpty();
        assertRefused(owner, new ComponentInput(APPOINTMENT, 0, 1, true, true, false,
                List.of(AttachedFile.reference(pdf.sha256()))));
    }

    private void assertRefused(String owner, ComponentInput component) {
        assertThatThrownBy(() -> receive(owner, component)).isInstanceOf(UserInputException.class)
                .satisfies(e -> assertThat(((UserInputException) e).problems())
                        .anySatisfy(p -> {
                            assertThat(p.field()).isEqualTo("components[1].file");
                            assertThat(p.messageKey()).isEqualTo("dossier.component.notReusable");
                        }));
    }

    private DossierView receive(String owner, ComponentInput component) {
        return handling.receiveAtCounter(fixtures.officer("tiepnhan"), new CounterReception(DossierFixtures.NOTARY_CARD,
                Channel.COUNTER, new Applicant(ApplicantType.CITIZEN, owner, "Lò Văn Pọm", "0912345678", null, null),
                null, null, List.of(new ComponentInput("Đơn đề nghị cấp thẻ công chứng viên", 1, 0, true, false,
                        false, List.of()), component),
                ReturnMethod.COUNTER, null, null, null));
    }

    private void publish(Object event) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
    }

    /** A valid 12-digit personal ID number no other test uses. */
    static String newCitizenId() {
        long n = Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 1_000_000L);
        return "0110900" + String.format("%05d", n % 100_000);
    }

    static byte[] pdf(String text) {
        return ("%PDF-1.4\n% " + text + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }
}
