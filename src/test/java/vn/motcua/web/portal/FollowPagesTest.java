package vn.motcua.web.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.context.WebApplicationContext;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.dossier.DossierCommand;
import vn.motcua.dossier.DossierFixtures;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierView;
import vn.motcua.feedback.RatingEventRecorder;
import vn.motcua.feedback.Ratings;
import vn.motcua.feedback.Satisfaction;
import vn.motcua.result.ResultDocument;
import vn.motcua.result.ResultDocuments;
import vn.motcua.web.OfficeSamples;
import vn.motcua.web.WebTestSupport;

/**
 * Following a dossier without an account, and what the applicant does from its page: the look-up
 * tells a guesser nothing and stops them, the page shows the applicant's own dossier in plain words,
 * the supplement is uploaded online, the dossier withdrawn, the service rated once.
 */
@MotcuaIntegrationTest
class FollowPagesTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    PortalFixtures fixtures;
    @Autowired
    ResultDocuments results;
    @Autowired
    DossierFixtures dossierFixtures;
    @Autowired
    Ratings ratings;
    @Autowired
    RatingEventRecorder ratingEvents;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = WebTestSupport.mockMvc(context);
    }

    ResultActions lookUp(MockHttpSession session, String address, String code, String idNumber) throws Exception {
        return mvc.perform(post("/follow").session(session).with(WebTestSupport.formToken()).with(PortalFixtures.from(address))
                .param("code", code).param("idNumber", idNumber));
    }

    /** Looks the dossier up as its applicant would and returns the session that remembers it. */
    MockHttpSession following(DossierView dossier, String address) throws Exception {
        MockHttpSession session = new MockHttpSession();
        lookUp(session, address, dossier.code().toLowerCase(), dossier.applicant().idNumber())
                .andExpect(redirectedUrl("/follow/" + dossier.code()));
        return session;
    }

    String page(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void theRightPairShowsTheDossierInPlainWordsWithoutOfficerNames() throws Exception {
        DossierView d = fixtures.waitingForSupplement(PortalFixtures.newIdNumber(), "Giàng A Páo");
        String html = page(following(d, "10.9.0.1"), "/follow/" + d.code());

        assertThat(html).contains("Chờ bổ sung hồ sơ", "Đã tiếp nhận hồ sơ",
                "Chuyển đến Sở Tư pháp tỉnh Điện Biên thẩm định, giải quyết", PortalFixtures.MISSING,
                "Chưa có bản sao chứng thực", "/follow/" + d.code() + "/documents/supplement-request.pdf",
                "/follow/" + d.code() + "/supplement", "/follow/" + d.code() + "/withdraw");
        assertThat(html).doesNotContain("tiepnhan", "chuyenvien.tuphap", "Trần Thị Mai", "Chuyển Sở Tư pháp");
    }

    @Test
    void aWrongIdNumberAndAnUnknownCodeGetTheSameAnswer() throws Exception {
        DossierView d = fixtures.received(PortalFixtures.newIdNumber(), "Giàng A Páo");
        String wrongPair = lookUp(new MockHttpSession(), "10.9.0.2", d.code(), PortalFixtures.newIdNumber())
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String unknownCode = lookUp(new MockHttpSession(), "10.9.0.2", d.code() + "9", d.applicant().idNumber())
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(wrongPair).contains("Không tìm thấy hồ sơ với mã hồ sơ và số giấy tờ này", "href=\"#code\"")
                .doesNotContain("Giàng A Páo");
        assertThat(errorSummary(wrongPair)).isEqualTo(errorSummary(unknownCode));
        mvc.perform(get("/follow/" + d.code())).andExpect(redirectedUrl("/follow?code=" + d.code()));
    }

    @Test
    void aPlainLookUpDoesNotThankTheCitizenForSomethingTheyDidNotDo() throws Exception {
        DossierView d = fixtures.received(PortalFixtures.newIdNumber(), "Giàng A Páo");
        lookUp(new MockHttpSession(), "10.9.0.11", d.code(), d.applicant().idNumber())
                .andExpect(redirectedUrl("/follow/" + d.code())).andExpect(flash().attributeCount(0));
    }

    @Test
    void reloadingTheAddressARefusedRatingLeftGoesBackToTheDossier() throws Exception {
        DossierView d = fixtures.received(PortalFixtures.newIdNumber(), "Giàng A Páo");
        MockHttpSession session = following(d, "10.9.0.12");
        mvc.perform(get("/follow/" + d.code() + "/rating").session(session))
                .andExpect(redirectedUrl("/follow/" + d.code()));
    }

    @Test
    void lookUpsBeyondTheLimitAreRefusedWith429UntilTheMinuteHasPassed() throws Exception {
        for (int i = 0; i < 10; i++) {
            lookUp(new MockHttpSession(), "10.9.0.3", "000.00.01.H18-260101-000" + i, "011090000000")
                    .andExpect(status().isOk());
        }
        String html = lookUp(new MockHttpSession(), "10.9.0.3", "000.00.01.H18-260101-0010", "011090000000")
                .andExpect(status().isTooManyRequests()).andExpect(header().exists("Retry-After"))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).containsPattern("Vui lòng thử lại sau \\d+ giây");
        lookUp(new MockHttpSession(), "10.9.0.4", "000.00.01.H18-260101-0010", "011090000000")
                .andExpect(status().isOk());
    }

    @Test
    void aFollowedPairOpensOnlyThatDossier() throws Exception {
        DossierView mine = fixtures.received(PortalFixtures.newIdNumber(), "Giàng A Páo");
        DossierView theirs = fixtures.received(PortalFixtures.newIdNumber(), "Vừ Thị Say");
        MockHttpSession session = following(mine, "10.9.0.5");

        mvc.perform(get("/follow/" + theirs.code()).session(session))
                .andExpect(redirectedUrl("/follow?code=" + theirs.code()));
        mvc.perform(get("/follow/" + theirs.code() + "/documents/receipt.pdf").session(session))
                .andExpect(redirectedUrl("/follow?code=" + theirs.code()));
        mvc.perform(get("/follow/" + mine.code() + "/documents/receipt.pdf").session(session))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"));
    }

    @Test
    void theApplicantUploadsEachMissingItemAndTheDossierResumes() throws Exception {
        DossierView d = fixtures.waitingForSupplement(PortalFixtures.newIdNumber(), "Giàng A Páo");
        MockHttpSession session = following(d, "10.9.0.6");

        String refused = mvc.perform(multipart("/follow/" + d.code() + "/supplement").session(session).with(WebTestSupport.formToken())
                        .param("version", String.valueOf(d.lockVersion())).param("note", "Gửi bản sao"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("href=\"#item1\"", "Chọn tệp cho giấy tờ", "Gửi bản sao");

        mvc.perform(multipart("/follow/" + d.code() + "/supplement").session(session).with(WebTestSupport.formToken())
                        .file(new MockMultipartFile("item1", "quyet-dinh.pdf", "application/pdf", OfficeSamples.pdf()))
                        .param("version", String.valueOf(d.lockVersion())).param("note", "Gửi bản sao"))
                .andExpect(redirectedUrl("/follow/" + d.code()));

        DossierView after = fixtures.current(d.code());
        assertThat(after.status()).isEqualTo(DossierStatus.PROCESSING);
        assertThat(after.components()).anySatisfy(c -> {
            assertThat(c.name()).isEqualTo(PortalFixtures.MISSING);
            assertThat(c.files()).extracting(f -> f.originalName()).containsExactly("quyet-dinh.pdf");
        });
        assertThat(page(session, "/follow/" + d.code())).contains("Đã nhận hồ sơ bổ sung", "Đang xử lý");
    }

    @Test
    void aConcurrentChangeRefusesTheWithdrawalAndKeepsTheReason() throws Exception {
        DossierView d = fixtures.received(PortalFixtures.newIdNumber(), "Giàng A Páo");
        MockHttpSession session = following(d, "10.9.0.7");
        assertThat(page(session, "/follow/" + d.code() + "/withdraw")).contains("Tôi xác nhận rút hồ sơ");
        dossierFixtures.act("tiepnhan", d, new DossierCommand.CompleteStep("Chuyển Sở Tư pháp"));

        String html = mvc.perform(post("/follow/" + d.code() + "/withdraw").session(session).with(WebTestSupport.formToken())
                        .param("version", String.valueOf(d.lockVersion())).param("reason", "Đã chuyển công tác"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Đã chuyển công tác", "error-summary");

        DossierView now = fixtures.current(d.code());
        mvc.perform(post("/follow/" + d.code() + "/withdraw").session(session).with(WebTestSupport.formToken())
                        .param("version", String.valueOf(now.lockVersion())).param("reason", "Đã chuyển công tác"))
                .andExpect(redirectedUrl("/follow/" + d.code()));
        assertThat(fixtures.current(d.code()).status()).isEqualTo(DossierStatus.WITHDRAWN);
        assertThat(page(session, "/follow/" + d.code())).contains("Đã rút hồ sơ", "Đã chuyển công tác");
    }

    @Test
    void aReturnedDossierIsRatedOnceAndTheRatingIsPublished() throws Exception {
        DossierView d = fixtures.waitingForSupplement(PortalFixtures.newIdNumber(), "Giàng A Páo");
        MockHttpSession session = following(d, "10.9.0.8");
        dossierFixtures.act("tiepnhan", d, new DossierCommand.Supplement(java.util.List.of(
                new vn.motcua.dossier.SupplementAnswer(1, 0, 1, java.util.List.of())), "Nộp tại quầy"));

        mvc.perform(post("/follow/" + d.code() + "/rating").session(session).with(WebTestSupport.formToken())
                        .param("satisfaction", "DISSATISFIED"))
                .andExpect(status().isOk());
        assertThat(ratings.of(d.code())).isEmpty();

        fixtures.finishAndReturn(d.code());
        String form = page(session, "/follow/" + d.code());
        assertThat(form).contains("Đã trả kết quả", "Rất hài lòng", "Không hài lòng");
        String missing = mvc.perform(post("/follow/" + d.code() + "/rating").session(session).with(WebTestSupport.formToken())
                        .param("comment", "Chờ lâu"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(missing).contains("href=\"#satisfaction\"", "Chờ lâu");

        mvc.perform(post("/follow/" + d.code() + "/rating").session(session).with(WebTestSupport.formToken())
                        .param("satisfaction", "DISSATISFIED").param("comment", "Chờ lâu"))
                .andExpect(redirectedUrl("/follow/" + d.code()));
        mvc.perform(post("/follow/" + d.code() + "/rating").session(session).with(WebTestSupport.formToken())
                        .param("satisfaction", "VERY_SATISFIED"))
                .andExpect(status().isOk());

        assertThat(ratings.of(d.code())).hasValueSatisfying(r -> {
            assertThat(r.satisfaction()).isEqualTo(Satisfaction.DISSATISFIED);
            assertThat(r.competentUnit()).isEqualTo(d.competentUnit());
        });
        assertThat(page(session, "/follow/" + d.code())).contains("Bạn đã đánh giá hồ sơ này: Không hài lòng");
        assertThat(ratingEvents.awaitOf(d.code())).singleElement()
                .satisfies(e -> assertThat(e.dissatisfied()).isTrue());
    }

    @Test
    void theResultIsDownloadedFromTheFollowPageOnlyOnceReturnedAndOnlyForThatDossier() throws Exception {
        DossierView d = dossierFixtures.act("tiepnhan", fixtures.received(PortalFixtures.newIdNumber(), "Giàng A Páo"),
                new DossierCommand.CompleteStep("Chuyển Sở Tư pháp"));
        MockHttpSession session = following(d, "10.9.0.9");
        String resultCode = d.code() + "-KQ1";
        String download = "/follow/" + d.code() + "/results/" + resultCode;

        DossierView done = fixtures.finishWithResult(d.code());
        assertThat(results.of(done)).extracting(ResultDocument::code).containsExactly(resultCode);
        assertThat(page(session, "/follow/" + d.code())).doesNotContain(download);
        mvc.perform(get(download).session(session)).andExpect(status().isNotFound());

        fixtures.returnResult(done);
        assertThat(page(session, "/follow/" + d.code())).contains(download, resultCode, PortalFixtures.RESULT_FILE);
        byte[] body = mvc.perform(get(download).session(session)).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition",
                        org.hamcrest.Matchers.containsString(PortalFixtures.RESULT_FILE)))
                .andReturn().getResponse().getContentAsByteArray();
        // The result as sealed when the dossier was marked done: the draft's PDF with a signature (ByteRange).
        assertThat(new String(body, java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("%PDF-")
                .contains("/ByteRange");

        DossierView other = fixtures.received(PortalFixtures.newIdNumber(), "Vừ Thị Say");
        MockHttpSession otherSession = following(other, "10.9.0.9");
        mvc.perform(get(download).session(otherSession)).andExpect(redirectedUrl("/follow?code=" + d.code()));
        mvc.perform(get("/follow/" + other.code() + "/results/" + resultCode).session(otherSession))
                .andExpect(status().isNotFound());
        mvc.perform(get("/follow/" + d.code() + "/results/" + d.code() + "-KQ2").session(session))
                .andExpect(status().isNotFound());
    }

    private static String errorSummary(String html) {
        int start = html.indexOf("<div class=\"error-summary\"");
        return html.substring(start, html.indexOf("</div>", start));
    }
}
