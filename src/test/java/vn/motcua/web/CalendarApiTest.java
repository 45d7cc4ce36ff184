package vn.motcua.web;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import vn.motcua.MotcuaIntegrationTest;

@MotcuaIntegrationTest
class CalendarApiTest {

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = WebTestSupport.mockMvc(context);
    }

    @Test
    void listsEveryHolidayOf2026IncludingTetAndTheNationalDayPair() throws Exception {
        mvc.perform(get("/api/v1/calendar/2026"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(2026))
                .andExpect(jsonPath("$.days[*].date").value(hasItems("2026-01-01", "2026-02-16", "2026-02-17",
                        "2026-02-20", "2026-04-26", "2026-04-30", "2026-05-01", "2026-09-02", "2026-09-03")))
                .andExpect(jsonPath("$.days[?(@.date == '2026-02-17')].kind").value("holiday"))
                .andExpect(jsonPath("$.days[?(@.date == '2026-02-17')].name").value(hasItem(
                        Matchers.containsString("Tết Nguyên đán"))))
                // Hùng Kings Day 2026 is a Sunday: listed, and the Monday after is a substitute day off.
                .andExpect(jsonPath("$.days[?(@.date == '2026-04-27')].kind").value("substitute_day_off"));
    }

    @Test
    void computesADeadlineAcrossTetAndExplainsTheSkippedDays() throws Exception {
        mvc.perform(get("/api/v1/calendar/deadline").param("from", "2026-02-12T10:00").param("value", "3")
                        .param("unit", "working_days"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.deadline").value("2026-02-24T10:00"))
                .andExpect(jsonPath("$.explanation[?(@.date == '2026-02-14')].kind").value("weekend"))
                .andExpect(jsonPath("$.explanation[?(@.date == '2026-02-18')].kind").value("holiday"))
                .andExpect(jsonPath("$.explanation.length()").value(9));
    }

    @Test
    void aPauseWhileWaitingForTheApplicantMovesTheDeadline() throws Exception {
        mvc.perform(get("/api/v1/calendar/deadline").param("from", "2026-03-02T08:00").param("value", "2")
                        .param("unit", "working_days").param("pause", "2026-03-03T08:00/2026-03-04T08:00"))
                .andExpect(jsonPath("$.deadline").value("2026-03-05T08:00"))
                .andExpect(jsonPath("$.pauses[0].workingMinutes").value(480));
    }

    @Test
    void refusesBadInputWithEveryProblemInTheCallersLanguage() throws Exception {
        mvc.perform(get("/api/v1/calendar/deadline").param("from", "12/02/2026").param("value", "-1")
                        .param("unit", "weeks"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItems("from", "value", "unit")))
                .andExpect(jsonPath("$.message").value(Matchers.containsString("không hợp lệ")));
        mvc.perform(get("/api/v1/calendar/2500").param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("The calendar covers the years 1900 to 2199."));
    }

    @Test
    void aMakeUpSaturdaySwappedByTheAdministratorCountsAsAWorkingDay() throws Exception {
        String deadline = "/api/v1/calendar/deadline?from=2031-03-07T10:00&value=1&unit=working_days";
        mvc.perform(get(deadline)).andExpect(jsonPath("$.deadline").value("2031-03-10T10:00"));

        mvc.perform(post("/admin/calendar").with(csrf()).with(user(WebTestSupport.officer(context, "admin")))
                        .param("date", "2031-03-08").param("kind", "MAKEUP_WORKING_DAY")
                        .param("name", "Làm bù cho ngày nghỉ thêm dịp Tết"))
                .andExpect(redirectedUrl("/admin/calendar?year=2031"));
        mvc.perform(get(deadline)).andExpect(jsonPath("$.deadline").value("2031-03-08T10:00"));
        mvc.perform(get("/api/v1/calendar/2031"))
                .andExpect(jsonPath("$.days[?(@.date == '2031-03-08')].kind").value("makeup_working_day"));

        mvc.perform(post("/admin/calendar/restore").with(csrf()).with(user(WebTestSupport.officer(context, "admin")))
                .param("date", "2031-03-08"));
        mvc.perform(get(deadline)).andExpect(jsonPath("$.deadline").value("2031-03-10T10:00"));
    }

    @Test
    void aSwapThatMeansNothingIsRefusedNextToTheField() throws Exception {
        mvc.perform(post("/admin/calendar").with(csrf()).with(user(WebTestSupport.officer(context, "admin")))
                        .param("date", "2031-03-09").param("kind", "EXTRA_DAY_OFF").param("name", "Chủ nhật"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(Matchers.containsString("href=\"#date\""),
                        Matchers.containsString("đã là ngày nghỉ"), Matchers.containsString("value=\"Chủ nhật\""))));
    }
}
