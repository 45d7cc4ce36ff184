package vn.motcua.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.motcua.web.WebTestSupport.formToken;
import static vn.motcua.web.WebTestSupport.html;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.TestClock;
import vn.motcua.web.WebTestSupport;

/**
 * What a sender may type and what an import may carry, each past its limit a clear refusal (never a
 * 500), and the unit's list in its order. March 2052 and 2050 belong to this test alone.
 */
@MotcuaIntegrationTest
class FeedbackLimitsTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    TestClock clock;
    @Autowired
    FeedbackItems items;
    @Autowired
    FeedbackRouting routing;

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
    void aFormPastItsLimitsOrNamingAnUnknownDossierIsRefusedWithItsReasons() throws Exception {
        String page = html(mvc, multipart("/follow/feedback/new").with(formToken()).param("kind", "FEEDBACK")
                .param("title", "x".repeat(501)).param("content", "y".repeat(10_001)).param("senderName", "")
                .param("senderContact", "1".repeat(101)));
        assertThat(page).contains("class=\"error-summary\"").contains("href=\"#title\"").contains("href=\"#content\"")
                .contains("Nhập họ và tên người gửi.").contains("href=\"#senderContact\"");
        assertThat(html(mvc, multipart("/follow/feedback/new").with(formToken()).param("kind", "FEEDBACK")
                .param("title", "Tiêu đề").param("content", "Nội dung").param("senderName", "Lò Văn Páo")
                .param("dossierCode", "000.00.02.H18-999999-9999")))
                .contains("Không có hồ sơ với mã này.");
        assertThat(html(mvc, multipart("/follow/feedback/new").with(formToken()).param("title", "Tiêu đề")
                .param("content", "Nội dung").param("senderName", "Lò Văn Páo")))
                .contains("Chọn loại: phản ánh hoặc kiến nghị.");
        // A search term past 200 characters: the province-wide 400 for every list's q.
        mvc.perform(get("/follow/feedback/answers").param("q", "q".repeat(201))).andExpect(status().isBadRequest());
        mvc.perform(get("/follow/feedback/answers").param("page", "0")).andExpect(status().isBadRequest());
        mvc.perform(get("/follow/feedback/answers").param("page", "hai")).andExpect(status().isBadRequest());
        mvc.perform(multipart("/follow/feedback/new").with(formToken()).param("kind", "NOT_A_KIND")
                .param("title", "t").param("content", "c").param("senderName", "n"))
                .andExpect(status().is4xxClientError());
    }

    @Test
    void theUnitsListPutsOverdueFirstThenNearThenTheOthers() {
        // Filed without a dossier or procedure: the province's service centre handles them. Limits 2 working days.
        clock.setLocal(LocalDateTime.parse("2052-03-08T08:00")); // Friday: due Tuesday 12 March
        String inTime = items.file(filing("Còn hạn"), null, null, List.of()).code();
        clock.setLocal(LocalDateTime.parse("2052-03-04T08:00")); // Monday: due Wednesday 6 March
        String overdue = items.file(filing("Quá hạn"), null, null, List.of()).code();
        clock.setLocal(LocalDateTime.parse("2052-03-07T08:00")); // Thursday: due Monday 11 March
        String near = items.file(filing("Sắp đến hạn"), null, null, List.of()).code();

        clock.setLocal(LocalDateTime.parse("2052-03-08T15:00")); // Friday: the next working day is Monday
        List<UnitListLine> mine = items.unitList(routing.unitFor(null, null)).stream()
                .filter(l -> List.of(inTime, overdue, near).contains(l.item().code())).toList();
        assertThat(mine).extracting(l -> l.item().code(), UnitListLine::urgency, l -> l.dueOn().toString())
                .containsExactly(tuple(overdue, Urgency.OVERDUE, "2052-03-06"), tuple(near, Urgency.NEAR, "2052-03-11"),
                        tuple(inTime, Urgency.IN_TIME, "2052-03-12"));
    }

    @Test
    void theNationalPortalsFeedbackIsImportedLineByLineWithEachErrorNamed() throws Exception {
        clock.setLocal(LocalDateTime.parse("2050-11-20T08:00"));
        String lines = String.join("\n",
                line("QG-2050-1", "FEEDBACK", "Thái độ phục vụ", "2050-11-02T08:30:00"),
                "không phải JSON",
                "{\"kind\":\"FEEDBACK\",\"title\":\"t\",\"content\":\"c\",\"senderName\":\"n\",\"receivedAt\":\"2050-11-02T08:30:00\"}",
                line("QG-2050-2", "FEEDBACK", "Ngày sai", "02/11/2050"),
                line("QG-2050-1", "FEEDBACK", "Trùng", "2050-11-02T08:30:00"),
                line("QG-2050-3", "COMPLAINT", "x".repeat(501), "2050-11-02T08:30:00"),
                line("QG-2050-4", "FEEDBACK", "Tương lai", "2050-12-01T08:00:00"),
                line("QG-2050-5", "COMPLAINT", "Kiến nghị", "2050-11-03T14:00:00")) + "\n";
        mvc.perform(post("/api/v1/import/feedback").with(httpBasic("admin", "motcua-demo"))
                        .contentType("application/x-ndjson").content(lines))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lines").value(8))
                .andExpect(jsonPath("$.created").value(2))
                .andExpect(jsonPath("$.rejected").value(6))
                .andExpect(jsonPath("$.errors[0].line").value(2))
                .andExpect(jsonPath("$.errors[0].reason").value("Dòng không phải là một đối tượng JSON hợp lệ."))
                .andExpect(jsonPath("$.errors[1].line").value(3))
                .andExpect(jsonPath("$.errors[1].field").value("externalId"))
                .andExpect(jsonPath("$.errors[2].line").value(4))
                .andExpect(jsonPath("$.errors[2].field").value("receivedAt"))
                .andExpect(jsonPath("$.errors[3].line").value(5))
                .andExpect(jsonPath("$.errors[3].reason").value("Phản ánh QG-2050-1 đã được nhập trước đây."))
                .andExpect(jsonPath("$.errors[4].line").value(6))
                .andExpect(jsonPath("$.errors[4].field").value("title"))
                .andExpect(jsonPath("$.errors[5].line").value(7))
                .andExpect(jsonPath("$.errors[5].field").value("receivedAt"));
        mvc.perform(post("/api/v1/import/feedback").with(httpBasic("tiepnhan", "motcua-demo"))
                .contentType("application/x-ndjson").content(lines)).andExpect(status().isForbidden());
    }

    private static String line(String id, String kind, String title, String receivedAt) {
        return "{\"externalId\":\"" + id + "\",\"kind\":\"" + kind + "\",\"title\":\"" + title
                + "\",\"content\":\"Nội dung từ Cổng quốc gia\",\"senderName\":\"Hà Văn Quốc\",\"receivedAt\":\""
                + receivedAt + "\"}";
    }

    private static FeedbackFiling filing(String title) {
        return new FeedbackFiling(FeedbackKind.FEEDBACK, title, "Nội dung", "Người gửi", null, null, null);
    }
}
