package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.WebApplicationContext;
import vn.motcua.MotcuaIntegrationTest;
import vn.motcua.index.IndexRecompute;

/**
 * An administrator recomputes the index from scratch: from the admin page in the background (the
 * page reloads itself until it is done, then shows the summary), or through the API, which answers
 * the summary when done. Nobody else may.
 */
@MotcuaIntegrationTest
class IndexRecomputePagesTest {

    /** A recompute reads every dossier the other tests made: far more than a listener's 10 s. */
    static final Duration LIMIT = Duration.ofMinutes(2);

    @Autowired
    WebApplicationContext context;
    @Autowired
    IndexRecomputeJob job;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = WebTestSupport.mockMvc(context);
    }

    @Test
    void theAdministratorStartsARecomputeAndThePageFollowsItToItsSummary() throws Exception {
        assertThat(page()).contains("<button type=\"submit\">Tính lại từ đầu</button>");
        mvc.perform(post("/admin/index/recompute").with(csrf()).with(as("admin")))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin/index"));

        String page = page();
        if (job.status().running() && page.contains("Đang tính lại")) {
            assertThat(page).contains("<meta http-equiv=\"refresh\" content=\"3\">").contains("disabled");
        }
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (job.status().running()) {
            assertThat(System.nanoTime()).as("recomputed within %s", LIMIT).isLessThan(deadline);
            Thread.sleep(100);
        }
        IndexRecomputeJob.Status done = job.status();
        assertThat(done.phase()).isEqualTo(IndexRecomputeJob.Phase.FINISHED);
        assertThat(done.by()).isEqualTo("admin");
        IndexRecompute.Recomputed result = done.result();
        assertThat(result.procedures()).isPositive();
        page = page();
        assertThat(page).doesNotContain("http-equiv=\"refresh\"").contains("Đã xong lúc")
                .contains("<dd>" + result.procedures() + "</dd>").contains("<dd>" + result.liveDossiers() + "</dd>")
                .contains("<dd>" + result.dossiers() + "</dd>").contains("<dd>admin</dd>");
    }

    @Test
    void theApiAnswersTheSummaryWhenDone() throws Exception {
        mvc.perform(post("/api/v1/index/recompute").with(httpBasic("admin", "motcua-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.procedures").isNumber())
                .andExpect(jsonPath("$.liveDossiers").isNumber())
                .andExpect(jsonPath("$.dossiers").isNumber())
                .andExpect(jsonPath("$.tookMillis").isNumber());
        assertThat(job.status().phase()).isEqualTo(IndexRecomputeJob.Phase.FINISHED);
        assertThat(job.status().result().dossiers()).isGreaterThanOrEqualTo(job.status().result().liveDossiers());
    }

    @Test
    void nobodyButAnAdministratorMayRecompute() throws Exception {
        for (String officer : new String[] {"giamsat", "lanhdao.tuphap", "tiepnhan"}) {
            mvc.perform(post("/admin/index/recompute").with(csrf()).with(as(officer))).andExpect(status().isForbidden());
            mvc.perform(get("/admin/index").with(as(officer))).andExpect(status().isForbidden());
            mvc.perform(post("/api/v1/index/recompute").with(httpBasic(officer, "motcua-demo")))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post("/api/v1/index/recompute")).andExpect(status().isUnauthorized());
        mvc.perform(post("/admin/index/recompute").with(as("admin"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/index")).andExpect(status().isOk());
    }

    private String page() throws Exception {
        return WebTestSupport.html(mvc, get("/admin/index").with(as("admin")));
    }

    private RequestPostProcessor as(String officer) {
        return WebTestSupport.as(context, officer);
    }
}
