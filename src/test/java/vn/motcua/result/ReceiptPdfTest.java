package vn.motcua.result;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.dossier.ReturnMethod;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.DossierHandling;
import vn.motcua.dossier.DossierFixtures;
import vn.motcua.dossier.DossierDocumentKind;
import vn.motcua.dossier.CounterReception;
import vn.motcua.dossier.ComponentInput;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Applicant;
import vn.motcua.TestClock;
import vn.motcua.catalog.ApplicantType;

/**
 * The receipt (giấy tiếp nhận hồ sơ và hẹn trả kết quả) of a real dossier as the applicant holds it:
 * its signature block whole on one page inside the printable area however many components it lists,
 * and its dates the dossier's own.
 */
@MotcuaIntegrationTest
class ReceiptPdfTest {

    /** A4 is 297 mm high and the papers keep a 20 mm bottom margin; PDF points are 1/72 inch. */
    private static final float PRINTABLE_BOTTOM = (297 - 20) / 25.4f * 72;

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

    /**
     * 24 long components fill two pages to just above where the signatures would start: the dates and
     * the signatures move to the third page together, neither left behind alone, and no component's row
     * is cut in two across pages.
     */
    @Test
    void withManyComponentsTheSignatureBlockStaysWholeOnThePageWithTheDates() throws IOException {
        clock.setLocal(LocalDateTime.parse("2026-03-02T09:15"));
        DossierView d = receive(IntStream.rangeClosed(1, 24).mapToObj(i -> new ComponentInput(
                "Bản sao giấy tờ chứng minh số " + i + " về quá trình hành nghề và bồi dưỡng nghiệp vụ công chứng",
                1, 1, true, false, false, List.of())).toList());

        List<Line> lines = lines(receipt(d));

        Line title = find(lines, "Cán bộ một cửa");
        assertThat(List.of(find(lines, "Trần Thị Mai"), find(lines, "NGƯỜI NỘP HỒ SƠ"), lastOf(lines, "Lò Văn Khai"),
                find(lines, "Thời gian nhận hồ sơ: 02/03/2026 09:15"),
                find(lines, "Thời gian hẹn trả kết quả: 09 giờ 15 phút, ngày 09/03/2026"))).allSatisfy(line -> {
                    assertThat(line.page()).as(line.text()).isEqualTo(title.page());
                    assertThat(line.y()).as(line.text()).isLessThanOrEqualTo(PRINTABLE_BOTTOM);
                });
        for (int i = 1; i <= 24; i++) {
            int start = lines.indexOf(find(lines, "chứng minh số " + i + " về"));
            Line end = lines.subList(start, lines.size()).stream().filter(l -> l.text().contains("công chứng"))
                    .findFirst().orElseThrow();
            assertThat(end.page()).as("component %d", i).isEqualTo(lines.get(start).page());
        }
    }

    /**
     * Received on Monday 2 March 2026 at 18:30, after the office closed: the receipt says 18:30, as it
     * happened; the five working days run from Tuesday 07:00 and end on Monday 9 March at 17:00.
     */
    @Test
    void outOfHoursTheReceiptGivesTheMomentAsItHappenedAndTheDossiersAppointment() throws IOException {
        clock.setLocal(LocalDateTime.parse("2026-03-02T18:30"));
        DossierView d = receive(List.of(new ComponentInput("Đơn đề nghị cấp thẻ công chứng viên", 1, 0, true,
                false, false, List.of())));

        assertThat(d.receivedAt()).isEqualTo("2026-03-02T18:30");
        assertThat(d.appointment()).isEqualTo("2026-03-09T17:00");
        String text = String.join(" ", lines(receipt(d)).stream().map(Line::text).toList());
        assertThat(text).contains("Thời gian nhận hồ sơ: 02/03/2026 18:30",
                "Thời gian hẹn trả kết quả: 17 giờ 00 phút, ngày 09/03/2026", "Ngày 02 tháng 03 năm 2026");
    }

    private DossierView receive(List<ComponentInput> components) {
        return handling.receiveAtCounter(fixtures.officer("tiepnhan"), new CounterReception(
                DossierFixtures.NOTARY_CARD, Channel.COUNTER, new Applicant(ApplicantType.CITIZEN, "011090007788",
                        "Lò Văn Khai", "0912345678", null, "Phường Mường Thanh, tỉnh Điện Biên"),
                null, null, components, ReturnMethod.COUNTER, null, null, null));
    }

    private byte[] receipt(DossierView d) {
        return documents.render(fixtures.officer("tiepnhan"), d.code(), DossierDocumentKind.RECEIPT,
                Locale.of("vi")).content();
    }

    /** One line of text where a reader sees it: its page (from 1) and the baseline, in points from the top. */
    record Line(int page, float y, String text) {
    }

    private static Line find(List<Line> lines, String start) {
        return lines.stream().filter(l -> l.text().contains(start)).findFirst().orElseThrow(
                () -> new AssertionError("No line with " + start));
    }

    private static Line lastOf(List<Line> lines, String text) {
        return lines.reversed().stream().filter(l -> l.text().contains(text)).findFirst().orElseThrow();
    }

    private static List<Line> lines(byte[] pdf) throws IOException {
        List<Line> lines = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                TextPosition first = positions.getFirst();
                lines.add(new Line(getCurrentPageNo(), first.getYDirAdj(), text));
            }
        };
        try (PDDocument document = Loader.loadPDF(pdf)) {
            stripper.getText(document);
        }
        return lines;
    }
}
