package vn.motcua.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.motcua.web.WebTestSupport.formToken;
import static vn.motcua.web.WebTestSupport.html;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;
import vn.motcua.Await;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.TestClock;
import vn.motcua.dossier.DossierFixtures;
import vn.motcua.dossier.DossierView;
import vn.motcua.index.Criterion;
import vn.motcua.index.DrillDown;
import vn.motcua.index.IndexDrillDown;
import vn.motcua.web.OfficeSamples;
import vn.motcua.web.WebTestSupport;

/**
 * The journey over HTTP: a citizen complains about a late dossier without an account, the
 * Department of Justice asks for more information, the citizen adds it, the unit answers and
 * publishes, the citizen rates it; a second complaint is refused too late and rated dissatisfied. The
 * index then measures 6.1 and 6.2 from both. June–July 2062 belongs to this test alone.
 */
@MotcuaIntegrationTest
class FeedbackJourneyTest {

    static final String JUSTICE = "000.00.02.H18";
    static final String OFFICER = "chuyenvien.tuphap";

    @Autowired
    WebApplicationContext context;
    @Autowired
    DossierFixtures fixtures;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FeedbackItems items;
    @Autowired
    IndexDrillDown drillDown;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = WebTestSupport.mockMvc(context);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aComplaintAboutALateDossierIsAskedAboutAnsweredPublishedRatedAndMeasured() throws Exception {
        // Monday 5 June 2062: a notary card, 5 working days; by Wednesday 14 June it is late.
        DossierView dossier = fixtures.receiveNotaryCardAt(LocalDateTime.parse("2062-06-05T08:00"));
        clock.setLocal(LocalDateTime.parse("2062-06-14T09:00"));
        Filed answered = file(dossier.code(), "Hồ sơ của tôi bị trễ hạn",
                "Tôi là Trần Thị Mai, số điện thoại 0912345678, hồ sơ quá hẹn mà chưa có kết quả.");
        Filed refused = file(dossier.code(), "Phản ánh lần hai", "Vẫn chưa có kết quả.");
        assertThat(items.follow(answered.code(), new FeedbackAccess(answered.secret(), null)).unit())
                .as("routed to the dossier's unit").isEqualTo(JUSTICE);
        Await.until(() -> jdbc.sql("select complained_or_dissatisfied from index_dossier_fact where code = ?")
                .param(dossier.code()).query(Boolean.class).optional().orElse(false));

        // Anyone with the code and the secret follows it; a wrong secret is told nothing more than an unknown code.
        MockHttpSession citizen = new MockHttpSession();
        mvc.perform(post("/follow/feedback").session(citizen).with(formToken()).param("code", answered.code())
                .param("secret", answered.secret())).andExpect(redirectedUrl("/follow/feedback/" + answered.code()));
        assertThat(html(mvc, post("/follow/feedback").with(formToken()).param("code", answered.code())
                .param("secret", "SAIMABIMAT"))).contains("Không tìm thấy phản ánh, kiến nghị với mã và mã bí mật này.");
        mvc.perform(get("/follow/feedback/" + answered.code())).andExpect(status().isNotFound());

        // The unit's list shows both, received, their limit 2 working days after Wednesday: Friday 16 June.
        String list = html(mvc, get("/office/feedback").with(WebTestSupport.as(context, OFFICER)));
        assertThat(list).contains(answered.code()).contains(refused.code()).contains("16/06/2062")
                .contains("Mới tiếp nhận");
        mvc.perform(get("/office/feedback/" + answered.code()).with(WebTestSupport.as(context, "tiepnhan")))
                .andExpect(status().isNotFound());

        // The attachment, as uploaded, for the unit only.
        FeedbackItem.Attachment scan = current(answered).files().getFirst();
        assertThat(scan.name()).isEqualTo("giay-tiep-nhan.pdf");
        mvc.perform(get("/office/feedback/" + answered.code() + "/files/" + scan.sha256())
                .with(WebTestSupport.as(context, OFFICER))).andExpect(status().isOk())
                .andExpect(content().bytes(OfficeSamples.pdf()));
        mvc.perform(get("/office/feedback/" + answered.code() + "/files/" + "0".repeat(64))
                .with(WebTestSupport.as(context, OFFICER))).andExpect(status().isNotFound());

        // Thursday 15 June (within 5 working days): the unit asks for more information.
        clock.setLocal(LocalDateTime.parse("2062-06-15T10:00"));
        act(answered.code(), "ASK_FOR_INFORMATION", "Đề nghị cung cấp số giấy tiếp nhận.", 0);
        // Friday 16 June: the citizen adds it; the answer's 15 working days start again.
        clock.setLocal(LocalDateTime.parse("2062-06-16T10:00"));
        int version = items.follow(answered.code(), new FeedbackAccess(answered.secret(), null)).version();
        mvc.perform(post("/follow/feedback/" + answered.code() + "/information").session(citizen).with(formToken())
                .param("version", String.valueOf(version)).param("information", "Số giấy tiếp nhận: 15."))
                .andExpect(redirectedUrl("/follow/feedback/" + answered.code()));
        assertThat(html(mvc, get("/office/feedback/" + answered.code()).with(WebTestSupport.as(context, OFFICER))))
                .contains("Đang xử lý").contains("07/07/2062");

        // Monday 19 June: the answer; the other is refused, after its limit (Friday 16 June).
        clock.setLocal(LocalDateTime.parse("2062-06-19T09:00"));
        version = current(answered).version();
        act(answered.code(), "ANSWER", "Sở đã trả kết quả cho bà Trần Thị Mai ngày 19/6; xin lỗi vì chậm trễ.", version);
        act(refused.code(), "REFUSE", "Trùng nội dung phản ánh trước.", 0);
        // An action on a version read before the last change is refused, with the news.
        assertThat(html(mvc, post("/office/feedback/" + answered.code()).with(WebTestSupport.as(context, OFFICER))
                .with(formToken()).param("action", "PUBLISH").param("version", "0")))
                .contains("Phản ánh này vừa được cập nhật");
        // Tuesday 20 June: published, personal data hidden.
        clock.setLocal(LocalDateTime.parse("2062-06-20T09:00"));
        act(answered.code(), "PUBLISH", null, current(answered).version());
        String published = html(mvc, get("/follow/feedback/answers").param("q", "chậm trễ"));
        assertThat(published).contains(answered.code()).contains("bà ***").contains("Tôi là ***, số điện thoại ***")
                .doesNotContain("Trần Thị Mai").doesNotContain("0912345678");

        // The citizen rates: satisfied with the answer; the refused one, dissatisfied.
        mvc.perform(post("/follow/feedback/" + answered.code() + "/rating").session(citizen).with(formToken())
                .param("satisfaction", "SATISFIED")).andExpect(redirectedUrl("/follow/feedback/" + answered.code()));
        items.rate(refused.code(), new FeedbackAccess(refused.secret(), null), Satisfaction.DISSATISFIED);
        assertThat(html(mvc, post("/follow/feedback/" + answered.code() + "/rating").session(citizen).with(formToken())
                .param("satisfaction", "DISSATISFIED"))).contains("mỗi phản ánh chỉ đánh giá một lần");

        // 6.1: the answered one meets its limits (answer by 7 July, published within 2 days); the refused one
        // was late (due 16 June). 6.2: the late one loses too. 1 of 2 each: 3 of 6 points.
        clock.setLocal(LocalDateTime.parse("2062-08-01T09:00"));
        mvc.perform(get("/api/v1/index").param("unit", JUSTICE).param("from", "2062-06-01").param("to", "2062-07-31"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.groups[5].criteria[0].id").value("6.1"))
                .andExpect(jsonPath("$.groups[5].criteria[0].measured").value(true))
                .andExpect(jsonPath("$.groups[5].criteria[0].numerator").value(1))
                .andExpect(jsonPath("$.groups[5].criteria[0].denominator").value(2))
                .andExpect(jsonPath("$.groups[5].criteria[0].score").value(3.0))
                .andExpect(jsonPath("$.groups[5].criteria[1].id").value("6.2"))
                .andExpect(jsonPath("$.groups[5].criteria[1].numerator").value(1))
                .andExpect(jsonPath("$.groups[5].criteria[1].denominator").value(2))
                .andExpect(jsonPath("$.groups[5].criteria[1].score").value(3.0));
        DrillDown why = drillDown.of(JUSTICE, LocalDate.parse("2062-06-01"), LocalDate.parse("2062-07-31"),
                Criterion.FEEDBACK_ON_TIME, 0, 10);
        assertThat(why.lines()).hasSize(2);
        assertThat(why.lines().getFirst().code()).isEqualTo(refused.code());
        assertThat(why.lines().getFirst().reason().key()).isEqualTo("index.reason.feedbackLate");
        assertThat(why.lines().getFirst().reason().arguments()).containsExactly(LocalDate.parse("2062-06-16"));
        assertThat(why.lines().get(1).meets()).isTrue();

        // Not satisfied, the citizen files the refused one again: a new item linked to it, once.
        MockHttpSession second = new MockHttpSession();
        mvc.perform(post("/follow/feedback").session(second).with(formToken()).param("code", refused.code())
                .param("secret", refused.secret()));
        MvcResult again = mvc.perform(post("/follow/feedback/" + refused.code() + "/refile").session(second)
                .with(formToken()).param("content", "Tôi không đồng ý với lý do từ chối.")).andReturn();
        Filed refiled = (Filed) again.getFlashMap().get("filed");
        FeedbackItem copy = items.follow(refiled.code(), new FeedbackAccess(refiled.secret(), null));
        assertThat(copy.refiledFrom()).isEqualTo(refused.code());
        assertThat(copy.unit()).isEqualTo(JUSTICE);
        assertThat(current(refused).refiled()).isTrue();
        assertThat(html(mvc, post("/follow/feedback/" + refused.code() + "/refile").session(second).with(formToken())
                .param("content", "Lần nữa."))).contains("Chỉ gửi lại được một lần");
    }

    private Filed file(String dossierCode, String title, String content) throws Exception {
        MvcResult result = mvc.perform(multipart("/follow/feedback/new")
                .file(new MockMultipartFile("files", "giay-tiep-nhan.pdf", "application/pdf", OfficeSamples.pdf()))
                .with(formToken()).param("kind", "COMPLAINT")
                .param("title", title).param("content", content).param("senderName", "Trần Thị Mai")
                .param("senderContact", "0912345678").param("dossierCode", dossierCode))
                .andExpect(status().is3xxRedirection()).andReturn();
        return (Filed) result.getFlashMap().get("filed");
    }

    private void act(String code, String action, String text, int version) throws Exception {
        var request = post("/office/feedback/" + code).with(WebTestSupport.as(context, OFFICER)).with(formToken())
                .param("action", action).param("version", String.valueOf(version));
        if (text != null) {
            request.param("text", text);
        }
        mvc.perform(request).andExpect(redirectedUrl("/office/feedback/" + code));
    }

    private FeedbackItem current(Filed filed) {
        return items.follow(filed.code(), new FeedbackAccess(filed.secret(), null));
    }
}
