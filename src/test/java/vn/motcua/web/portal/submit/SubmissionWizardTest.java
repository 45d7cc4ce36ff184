package vn.motcua.web.portal.submit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.web.WebTestSupport;

/**
 * Each page of the online submission wizard over HTTP: refusals listed in a summary linked to their
 * fields, what was typed kept, files checked by their bytes, and the draft found again from its
 * cookie alone once the session is gone.
 */
@MotcuaIntegrationTest
class SubmissionWizardTest {

    static final String BASE = "/submit/1.001612";
    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.UTF_8);

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;
    Cookie draft;

    @BeforeEach
    void startADraft() throws Exception {
        mvc = WebTestSupport.mockMvc(context);
        MvcResult started = mvc.perform(post(BASE).with(WebTestSupport.formToken()))
                .andExpect(redirectedUrl(BASE + "/who")).andReturn();
        draft = started.getResponse().getCookie(DraftCookie.NAME);
        assertThat(started.getResponse().getHeader(HttpHeaders.SET_COOKIE))
                .contains("Path=" + BASE, "HttpOnly", "SameSite=Lax", "Max-Age=2592000");
    }

    @Test
    void withoutADraftEveryPageLeadsToTheStartPage() throws Exception {
        mvc.perform(get(BASE + "/applicant")).andExpect(redirectedUrl(BASE));
        mvc.perform(get(BASE)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Nộp hồ sơ trực tuyến"),
                        containsString("Giấy đề nghị đăng ký hộ kinh doanh"), containsString("ngày hẹn trả kết quả dự kiến"))));
    }

    @Test
    void whoIsApplyingMustBeAnsweredAndTheErrorLinksToTheFirstChoice() throws Exception {
        mvc.perform(page("/who")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"#applyingAs\""), containsString("id=\"applyingAs\""),
                        containsString("Hãy chọn bạn nộp hồ sơ cho ai."))));
        mvc.perform(page("/who").param("applyingAs", "MYSELF")).andExpect(redirectedUrl(BASE + "/applicant"));
    }

    @Test
    void theApplicantPageKeepsWhatWasTypedAndChecksTheIdNumbers() throws Exception {
        mvc.perform(page("/who").param("applyingAs", "SOMEONE_ELSE"));

        mvc.perform(page("/applicant").param("applicant.name", "Lò Văn Pánh").param("applicant.idNumber", "01109000")
                        .param("submitterName", "Lò Thị Xuân").param("submitterIdNumber", "abc"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"#applicant.idNumber\""),
                        containsString("href=\"#submitterIdNumber\""), containsString("phải gồm 12 chữ số như in trên thẻ căn cước"),
                        containsString("value=\"Lò Văn Pánh\""), containsString("value=\"01109000\""),
                        containsString("value=\"Lò Thị Xuân\""))));

        mvc.perform(page("/applicant").param("applicant.name", "Lò Văn Pánh").param("applicant.idNumber", "011090001234")
                .param("submitterName", "Lò Thị Xuân").param("submitterIdNumber", "011090005678"))
                .andExpect(redirectedUrl(BASE + "/documents"));
    }

    @Test
    void aRenamedExecutableIsRefusedWhileTheGoodFileOfTheSamePageIsKept() throws Exception {
        byte[] executable = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0};
        mvc.perform(multipart(BASE + "/documents").with(WebTestSupport.formToken()).cookie(draft)
                        .file(new MockMultipartFile("components[0].file", "giay-de-nghi.pdf", "application/pdf", executable))
                        .file(new MockMultipartFile("components[2].file", "can-cuoc.pdf", "application/pdf", PDF))
                        .param("components[0].delivery", "UPLOAD").param("components[1].delivery", "NOT_NEEDED")
                        .param("components[3].delivery", "NOT_NEEDED"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"#components[0].file\""),
                        containsString("không phải là tệp PDF"), containsString("Đã tải lên: can-cuoc.pdf"))));

        // The accepted file stays in the draft: the next post need not send it again.
        mvc.perform(multipart(BASE + "/documents").with(WebTestSupport.formToken()).cookie(draft)
                        .file(new MockMultipartFile("components[0].file", "giay-de-nghi.pdf", "application/pdf", PDF))
                        .param("components[1].delivery", "NOT_NEEDED").param("components[2].delivery", "UPLOAD")
                        .param("components[3].delivery", "POST"))
                .andExpect(redirectedUrl(BASE + "/result"));
    }

    @Test
    void everyComponentNeedsAnAnswerAndNotAllOfThemCanBeNotNeeded() throws Exception {
        mvc.perform(multipart(BASE + "/documents").with(WebTestSupport.formToken()).cookie(draft).param("components[1].delivery", "POST"))
                .andExpect(content().string(allOf(containsString("href=\"#components[0].delivery\""),
                        containsString("href=\"#components[3].delivery\""),
                        not(containsString("href=\"#components[1].delivery\"")))));
        mvc.perform(multipart(BASE + "/documents").with(WebTestSupport.formToken()).cookie(draft)
                        .param("components[0].delivery", "NOT_NEEDED").param("components[1].delivery", "NOT_NEEDED")
                        .param("components[2].delivery", "NOT_NEEDED").param("components[3].delivery", "NOT_NEEDED"))
                .andExpect(content().string(containsString("ít nhất một giấy tờ")));
    }

    @Test
    void theResultPageWantsAnAddressForThePostAndAWardCompetentForTheProcedure() throws Exception {
        mvc.perform(page("/result").param("returnMethod", "POST").param("receivingUnit", "000.00.01.H18"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"#returnAddress\""),
                        containsString("href=\"#receivingUnit\""), containsString("value=\"POST\" aria-describedby=\"returnMethod-POST-hint\" checked"))));
        mvc.perform(page("/result").param("returnMethod", "COUNTER").param("receivingUnit", "000.01.31.H18"))
                .andExpect(redirectedUrl(BASE + "/check"));
    }

    @Test
    void aChangeFromTheCheckPageGoesBackToIt() throws Exception {
        mvc.perform(get(BASE + "/who").param("change", "true").cookie(draft))
                .andExpect(content().string(allOf(containsString("name=\"change\""),
                        containsString("href=\"" + BASE + "/check\""))));
        mvc.perform(page("/who").param("applyingAs", "MYSELF").param("change", "true"))
                .andExpect(redirectedUrl(BASE + "/check"));
    }

    @Test
    void aDraftIsResumedFromItsCookieAloneWhenTheSessionIsGone() throws Exception {
        mvc.perform(page("/who").param("applyingAs", "MYSELF"));
        mvc.perform(page("/applicant").param("applicant.name", "Quàng Thị Hoa").param("applicant.idNumber", "011090004321"));

        // A new MockMvc request carries no session: only the draft cookie, as after the browser restarts.
        mvc.perform(get(BASE).cookie(draft)).andExpect(content().string(allOf(
                containsString("Bạn có hồ sơ đang làm dở"), containsString("href=\"" + BASE + "/documents\""))));
        mvc.perform(get(BASE + "/applicant").cookie(draft)).andExpect(content().string(allOf(
                containsString("value=\"Quàng Thị Hoa\""), containsString("value=\"011090004321\""))));
        mvc.perform(get(BASE + "/applicant").cookie(new Cookie(DraftCookie.NAME, "someone-elses-guess")))
                .andExpect(redirectedUrl(BASE));
    }

    @Test
    void theCheckPageListsWhatIsMissingWhenSubmittedTooSoon() throws Exception {
        mvc.perform(page("/check")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Có lỗi cần sửa"), containsString("Hãy chọn bạn nộp hồ sơ cho ai."),
                        containsString("href=\"" + BASE + "/who?change=true\""))));
    }

    private MockHttpServletRequestBuilder page(String path) {
        return post(BASE + path).with(WebTestSupport.formToken()).cookie(draft);
    }
}
