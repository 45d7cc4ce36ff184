package vn.motcua.web.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;
import vn.motcua.MotcuaIntegrationTest;
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
import vn.motcua.reading.CardData;
import vn.motcua.reading.ScannedPapers;
import vn.motcua.reading.ScannedPapersTest;
import vn.motcua.reading.internal.ScanReadingJob;
import vn.motcua.reading.TestCards;
import vn.motcua.web.WebTestSupport;

/**
 * The counter scanning an ID card into the reception form (the QR's fields filled in and shown with their
 * source, then received), refusing what is no card image; the office search finding a scanned paper by a word
 * only for officers who may open its dossier; the administrator's status page.
 */
@MotcuaIntegrationTest
class ReadingPagesTest {

    static final String NOTARY_CARD = "/office/reception/1.013859";
    static final CardData CARD = new CardData("011190004321", "011223344", "Quàng Thị Xuân", LocalDate.of(1990, 8, 2),
            "Nữ", "Tổ 3, phường Mường Thanh, tỉnh Điện Biên", LocalDate.of(2022, 1, 10));

    @Autowired WebApplicationContext context;
    @Autowired DossierFixtures fixtures;
    @Autowired DossierHandling handling;
    @Autowired ScannedPapers papers;
    @Autowired ScanReadingJob job;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = WebTestSupport.mockMvc(context);
    }

    @Test
    void theOfficerScansTheIdCardAndTheApplicantIsFilledThenReceived() throws Exception {
        byte[] photo = TestCards.jpeg(TestCards.image(CARD, new TestCards.Look("DejaVu Sans", true, 0.01, 1.5), 7));
        String form = html(reception("", "").file(new MockMultipartFile("idCard", "cccd.jpg", "image/jpeg", photo))
                .param("readCard", "true"));
        assertThat(form).contains("Đã đọc mã QR trên thẻ", "value=\"011190004321\"", "value=\"Quàng Thị Xuân\"",
                "value=\"Tổ 3, phường Mường Thanh, tỉnh Điện Biên\"", "02/08/1990", "011223344", "10/01/2022",
                "Hãy đối chiếu với thẻ");
        String location = mvc.perform(reception("011190004321", "Quàng Thị Xuân")).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/office/dossiers/");
    }

    @Test
    void aFileThatIsNoCardImageIsAFormErrorNextToTheCardField() throws Exception {
        String form = html(reception("", "Lò Văn Tay").file(new MockMultipartFile("idCard", "cccd.jpg", "image/jpeg",
                "not an image".getBytes(StandardCharsets.UTF_8))).param("readCard", "true"));
        assertThat(form).contains("class=\"error-summary\"", "href=\"#idCard\"",
                "Tệp không phải ảnh (JPEG, PNG, TIFF) hay PDF", "value=\"Lò Văn Tay\"");
        assertThat(html(reception("", "").param("readCard", "true"))).contains("Chưa chọn ảnh thẻ căn cước");
    }

    @Test
    void aScannedPaperIsFoundByAWordOnlyByOfficersWhoMayOpenItsDossier() throws Exception {
        AttachedFile scan = fixtures.stored("tiepnhan", "to-khai.png",
                TestCards.png(TestCards.page(List.of("TỜ KHAI ĐĂNG KÝ THƯỜNG TRÚ", "Bản Nà Tấu, huyện Điện Biên"))));
        DossierView dossier = receive(scan);
        ScannedPapersTest.readUntil(job, () -> !papers.search("thuong tru na tau", 10).isEmpty());

        String found = html(get("/office/scans").param("q", "thuong tru na tau").with(WebTestSupport.as(context, "tiepnhan")));
        assertThat(found).contains(dossier.code(), "to-khai.png", "Nà Tấu");
        String otherUnit = html(get("/office/scans").param("q", "thuong tru na tau")
                .with(WebTestSupport.as(context, "tiepnhan.dienbienphu")));
        assertThat(otherUnit).doesNotContain(dossier.code()).contains("Không có giấy tờ đã quét nào chứa");
    }

    @Test
    void aSearchTheRulesRefuseAnswers400WithTheReason() throws Exception {
        String page = mvc.perform(get("/office/scans").param("q", "a b c d e f g h i j k")
                        .with(WebTestSupport.as(context, "tiepnhan")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("class=\"error-summary\"", "href=\"#q\"", "Tìm theo tối đa 10 chữ");
        for (String q : new String[] {"?!", "x".repeat(201), "x".repeat(5000)}) {
            mvc.perform(get("/office/scans").param("q", q).with(WebTestSupport.as(context, "tiepnhan")))
                    .andExpect(status().isBadRequest());
        }
    }

    @Test
    void theAdministratorSeesWhetherTesseractWorksAndTheQueue() throws Exception {
        String page = html(get("/admin/reading").with(WebTestSupport.as(context, "admin")));
        assertThat(page).contains("Tesseract đang hoạt động", "tesseract 5", "Đang chờ đọc", "Đã đọc");
        mvc.perform(get("/admin/reading").with(WebTestSupport.as(context, "tiepnhan"))).andExpect(status().isForbidden());
    }

    private MockMultipartHttpServletRequestBuilder reception(String idNumber, String name) {
        return (MockMultipartHttpServletRequestBuilder) multipart(NOTARY_CARD)
                .param("channel", "COUNTER").param("applicant.type", "CITIZEN")
                .param("applicant.idNumber", idNumber).param("applicant.name", name)
                .param("applicant.address", "Tổ 3, phường Mường Thanh")
                .param("components[0].name", "Đơn đề nghị").param("components[0].received", "true")
                .param("components[1].name", "Quyết định bổ nhiệm").param("components[1].received", "true")
                .param("components[2].name", "Giấy tờ hội viên").param("components[2].received", "true")
                .param("returnMethod", "COUNTER")
                .with(WebTestSupport.as(context, "tiepnhan")).with(csrf());
    }

    private DossierView receive(AttachedFile file) {
        return handling.receiveAtCounter(fixtures.officer("tiepnhan"), new CounterReception(DossierFixtures.NOTARY_CARD,
                Channel.COUNTER, new Applicant(ApplicantType.CITIZEN, "011190004321", "Quàng Thị Xuân", "0912345678",
                        null, "Tổ 3, phường Mường Thanh"),
                null, null, List.of(new ComponentInput("Đơn đề nghị cấp thẻ công chứng viên", 1, 0, true, false, false,
                        List.of(AttachedFile.reference(file.sha256())))),
                ReturnMethod.COUNTER, null, null, null));
    }

    private String html(RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
