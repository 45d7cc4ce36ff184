package vn.motcua.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.DossierHandling;
import vn.motcua.dossier.DossierFixtures;
import vn.motcua.dossier.DossierDocumentKind;
import vn.motcua.dossier.DossierCommand;
import vn.motcua.dossier.Actor;
import vn.motcua.TestClock;
import vn.motcua.platform.NotFoundException;

@MotcuaIntegrationTest
class DossierDocumentsTest {

    @Autowired
    DossierHandling handling;
    @Autowired
    DossierDocuments documents;
    @Autowired
    DossierFixtures fixtures;
    @Autowired
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    Actor officer(String username) {
        return fixtures.officer(username);
    }

    @Test
    void theReceiptAndTrackingSheetCarryTheDossierItsAppointmentAndItsHandOvers() throws IOException {
        clock.setLocal(LocalDateTime.parse("2026-03-02T09:15"));
        DossierView d = fixtures.receiveNotaryCard("011090001235", "Đặng Văn Ượng");
        d = handling.handle(officer("tiepnhan"), d.code(), d.lockVersion(), new DossierCommand.CompleteStep(null));

        assertThat(DossierDocumentKind.available(d)).containsExactly(DossierDocumentKind.RECEIPT,
                DossierDocumentKind.TRACKING_SHEET);
        String receipt = text(documents.render(officer("tiepnhan"), d.code(), DossierDocumentKind.RECEIPT,
                Locale.of("vi")));
        assertThat(receipt).contains(d.code(), "Đặng Văn Ượng", "Đơn đề nghị cấp thẻ công chứng viên",
                "Trung tâm Phục vụ hành chính công tỉnh Điện Biên", "100.000");
        String sheet = text(documents.render(officer("chuyenvien.tuphap"), d.code(),
                DossierDocumentKind.TRACKING_SHEET, Locale.of("vi")));
        assertThat(sheet).contains("Tiếp nhận hồ sơ", "Trần Thị Mai", "Sở Tư pháp tỉnh Điện Biên");

        String code = d.code();
        assertThatThrownBy(() -> documents.render(officer("tiepnhan"), code, DossierDocumentKind.APOLOGY,
                Locale.of("vi"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> documents.render(officer("chuyenvien.taichinh"), code, DossierDocumentKind.RECEIPT,
                Locale.of("vi"))).isInstanceOf(NotFoundException.class);
    }

    private static String text(DossierDocuments.Pdf pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.content())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
