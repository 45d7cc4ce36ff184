package vn.motcua.web.portal.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.motcua.web.WebTestSupport.formToken;

import eu.europa.esig.dss.enumerations.SignatureLevel;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.WebApplicationContext;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.TestClock;
import vn.motcua.dossier.AttachedFile;
import vn.motcua.dossier.DossierCommand;
import vn.motcua.dossier.DossierFixtures;
import vn.motcua.dossier.DossierView;
import vn.motcua.verification.TestPdfs;
import vn.motcua.verification.TestPki;
import vn.motcua.web.WebTestSupport;

/**
 * The public verification: {@code POST /api/v1/verify}, the upload page {@code /verify}, the page a result's
 * QR code opens {@code /verify/{result code}}, and DSS's reports; no login anywhere.
 */
@MotcuaIntegrationTest
class VerifyPagesAndApiTest {

    /** Each test its own client address, so the per-address limit counts only that test's calls. */
    private static final AtomicInteger CLIENTS = new AtomicInteger(10);

    private static TestPdfs pdfs;
    private static TestPki.Issued seal;

    @Autowired
    WebApplicationContext context;
    @Autowired
    DossierFixtures fixtures;
    @Autowired
    TestClock clock;

    private MockMvc mvc;
    private String client;

    @BeforeAll
    static void pki() {
        TestPki pki = TestPki.shared();
        pdfs = new TestPdfs(pki);
        seal = pki.signer("UBND xã Mường Phăng", "UBND xã Mường Phăng", Instant.now());
    }

    @BeforeEach
    void client() {
        mvc = WebTestSupport.mockMvc(context);
        client = "10.99.0." + CLIENTS.incrementAndGet();
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void theApiAnswersAValidSignedPdfWithoutLogin() throws Exception {
        byte[] signed = pdfs.sign(TestPdfs.unsigned("Ket qua"), seal, SignatureLevel.PAdES_BASELINE_T, Instant.now());

        mvc.perform(upload("/api/v1/verify", signed))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(true))
                .andExpect(jsonPath("$.resultCode").doesNotExist())
                .andExpect(jsonPath("$.outcome").value("VALID"))
                .andExpect(jsonPath("$.signatures.length()").value(1))
                .andExpect(jsonPath("$.signatures[0].signer").value("UBND xã Mường Phăng"))
                .andExpect(jsonPath("$.signatures[0].organization").value("UBND xã Mường Phăng"))
                .andExpect(jsonPath("$.signatures[0].level").value("B-T"))
                .andExpect(jsonPath("$.signatures[0].intact").value(true))
                .andExpect(jsonPath("$.signatures[0].trusted").value(true))
                .andExpect(jsonPath("$.signatures[0].revoked").value(false))
                .andExpect(jsonPath("$.signatures[0].signedAt").isString())
                .andExpect(jsonPath("$.reportUrl").value(org.hamcrest.Matchers.startsWith("/verify/reports/")));
    }

    @Test
    void theApiRefusesWhatIsNotAPdfWith400AndAnEditedOneAsInvalid() throws Exception {
        mvc.perform(upload("/api/v1/verify", "not a pdf".getBytes()).param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("not a PDF")));

        byte[] signed = pdfs.sign(TestPdfs.unsigned("Ket qua"), seal, SignatureLevel.PAdES_BASELINE_B, Instant.now());
        mvc.perform(upload("/api/v1/verify", TestPdfs.withOneByteChanged(signed, "612", '7')))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(false))
                .andExpect(jsonPath("$.outcome").value("INVALID"))
                .andExpect(jsonPath("$.signatures[0].intact").value(false))
                .andExpect(jsonPath("$.signatures[0].finding").value("MODIFIED"));

        mvc.perform(upload("/api/v1/verify", TestPdfs.unsigned("Ket qua")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(false))
                .andExpect(jsonPath("$.outcome").value("NO_SIGNATURES"))
                .andExpect(jsonPath("$.signatures.length()").value(0));
    }

    @Test
    void aResultOfTheProvinceIsRecognisedAndItsQrPageShowsWhoSignedWhatAndTheOriginal() throws Exception {
        DossierView atLastStep = fixtures.toResultStep(fixtures.receiveNotaryCardAt(LocalDateTime.now().minusHours(2)));
        String resultCode = atLastStep.code() + "-KQ1";
        byte[] signed = pdfs.sign(TestPdfs.unsigned("Ket qua so " + resultCode), seal, SignatureLevel.PAdES_BASELINE_T,
                Instant.now());
        AttachedFile file = fixtures.stored("vanthu.tuphap", "ket-qua.pdf", signed);
        fixtures.act("vanthu.tuphap", atLastStep, new DossierCommand.MarkDone("Số 12/TCCV", List.of(file)));
        byte[] issued = mvc.perform(get("/verify/" + resultCode + "/file"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(issued).as("sealed by the unit after the signature it came with, which stays intact")
                .startsWith(signed).hasSizeGreaterThan(signed.length);

        mvc.perform(upload("/api/v1/verify", issued))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(true))
                .andExpect(jsonPath("$.resultCode").value(resultCode))
                .andExpect(jsonPath("$.dossierCode").value(atLastStep.code()));

        String page = mvc.perform(get("/verify/" + resultCode).with(from(client)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(resultCode, atLastStep.code(), atLastStep.procedureName(), "UBND xã Mường Phăng",
                "Sở Tư pháp tỉnh Điện Biên", "Hợp lệ.", "B-LT", "/verify/" + resultCode + "/file", "/verify/reports/");
        assertThat(page).doesNotContain(atLastStep.applicant().name());
    }

    @Test
    void anUnknownResultCodeIsAClear404() throws Exception {
        mvc.perform(get("/verify/000.00.00.H00-260101-9999-KQ1").with(from(client)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Không có kết quả giải quyết nào mang mã 000.00.00.H00-260101-9999-KQ1")));
        mvc.perform(get("/verify/000.00.00.H00-260101-9999-KQ1/file")).andExpect(status().isNotFound());
        mvc.perform(get("/verify/reports/not-an-id")).andExpect(status().isNotFound());
    }

    @Test
    void theUploadPageExplainsEachSignatureInVietnameseOrEnglishAndLinksToDssReports() throws Exception {
        String form = mvc.perform(get("/verify")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(form).contains("enctype=\"multipart/form-data\"", "name=\"file\"", "Tối đa 20 MB, 500 trang, 20 chữ ký.");

        byte[] signed = pdfs.sign(TestPdfs.unsigned("Ket qua"), seal, SignatureLevel.PAdES_BASELINE_T, Instant.now());
        String vi = mvc.perform(upload("/verify", signed).with(formToken())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(vi).contains("Hợp lệ.", "UBND xã Mường Phăng", "Chữ ký hợp lệ.", "B-T");
        String en = mvc.perform(upload("/verify", TestPdfs.withOneByteChanged(signed, "612", '7')).param("lang", "en")
                .with(formToken())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(en).contains("Not valid.", "The content was changed after signing");

        String reportId = vi.replaceAll("(?s).*/verify/reports/([0-9a-f-]{36}).*", "$1");
        mvc.perform(get("/verify/reports/" + reportId)).andExpect(status().isOk())
                .andExpect(content().string(containsString("TOTAL_PASSED")));
        mvc.perform(get("/verify/reports/" + reportId + "/detailed.xml")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_XML))
                .andExpect(content().string(containsString("DetailedReport")));
    }

    @Test
    void theUploadPageRefusesAMissingFileWith400() throws Exception {
        mvc.perform(multipart("/verify").with(formToken()).with(from(client)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Hãy chọn tệp PDF cần kiểm tra.")));
    }

    @Test
    void pastTheLimitPerMinuteTheNextCheckWaits() throws Exception {
        byte[] unsigned = TestPdfs.unsigned("Ket qua");
        for (int i = 0; i < 10; i++) {
            mvc.perform(upload("/api/v1/verify", unsigned)).andExpect(status().isOk());
        }
        mvc.perform(upload("/api/v1/verify", unsigned)).andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"));
        mvc.perform(upload("/verify", unsigned).with(formToken())).andExpect(status().isTooManyRequests());
    }

    private MockMultipartHttpServletRequestBuilder upload(String path, byte[] content) {
        MockMultipartHttpServletRequestBuilder request = multipart(path)
                .file(new MockMultipartFile("file", "ket-qua.pdf", "application/pdf", content));
        request.with(from(client));
        return request;
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
